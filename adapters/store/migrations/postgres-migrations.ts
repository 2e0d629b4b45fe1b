import { checkMigrations, type Migration } from './migration.js';

/** The PostgreSQL schema, oldest first. Never edit a shipped step: add a new one. Times are epoch milliseconds. */
export const postgresMigrations: readonly Migration[] = checkMigrations([
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE contexts (
        key TEXT PRIMARY KEY,
        state JSONB NOT NULL,
        expires_at BIGINT NOT NULL
      );
      CREATE INDEX contexts_expires_at ON contexts (expires_at);
      CREATE TABLE events (
        event_id TEXT PRIMARY KEY,
        expires_at BIGINT NOT NULL
      );
      CREATE INDEX events_expires_at ON events (expires_at);
      CREATE TABLE rate_hits (
        id BIGSERIAL PRIMARY KEY,
        user_key TEXT NOT NULL,
        at BIGINT NOT NULL
      );
      CREATE INDEX rate_hits_user_at ON rate_hits (user_key, at);
      CREATE TABLE feedback (
        id BIGSERIAL PRIMARY KEY,
        entry_id TEXT,
        pain_point TEXT,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        comment TEXT,
        platform TEXT NOT NULL,
        workspace_id TEXT,
        user_key TEXT NOT NULL,
        at BIGINT NOT NULL
      );
      CREATE INDEX feedback_at ON feedback (at);
      CREATE TABLE questions (
        id BIGSERIAL PRIMARY KEY,
        platform TEXT NOT NULL,
        workspace_id TEXT,
        user_key TEXT NOT NULL,
        text TEXT,
        outcome TEXT NOT NULL,
        pain_point TEXT,
        entry_id TEXT,
        confidence DOUBLE PRECISION NOT NULL,
        at BIGINT NOT NULL
      );
      CREATE INDEX questions_at ON questions (at);
    `,
  },
  {
    version: 2,
    name: 'inbox',
    sql: `
      CREATE TABLE inbox (
        key TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'closed')),
        message JSONB NOT NULL,
        text TEXT,
        route JSONB NOT NULL,
        reply JSONB,
        received_at BIGINT NOT NULL,
        deadline BIGINT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        due_at BIGINT NOT NULL,
        owner TEXT,
        last_error TEXT,
        finished_at BIGINT,
        closed_reason TEXT
      );
      CREATE INDEX inbox_due ON inbox (state, platform, due_at);
      CREATE INDEX inbox_finished_at ON inbox (finished_at);
    `,
  },
  {
    version: 3,
    name: 'inbox arrivals by time',
    sql: `
      CREATE INDEX inbox_platform_received ON inbox (platform, received_at);
    `,
  },
  {
    version: 4,
    name: 'channel modes and hand-offs',
    sql: `
      ALTER TABLE questions ADD COLUMN channel_mode TEXT;
      CREATE TABLE channel_modes (
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('mention', 'auto', 'confident')),
        set_by TEXT NOT NULL,
        at BIGINT NOT NULL,
        PRIMARY KEY (platform, channel_id)
      );
      CREATE TABLE escalations (
        id BIGSERIAL PRIMARY KEY,
        thread_key TEXT NOT NULL,
        platform TEXT NOT NULL,
        workspace_id TEXT,
        channel_mode TEXT,
        pain_point TEXT,
        entry_id TEXT,
        user_key TEXT NOT NULL,
        at BIGINT NOT NULL,
        resolved_at BIGINT
      );
      CREATE INDEX escalations_at ON escalations (at);
      CREATE UNIQUE INDEX escalations_open ON escalations (thread_key) WHERE resolved_at IS NULL;
    `,
  },
  {
    version: 5,
    name: 'learning from use',
    sql: `
      ALTER TABLE questions ADD COLUMN question_id TEXT;
      ALTER TABLE escalations ADD COLUMN question_id TEXT;
      CREATE TABLE entry_signals (
        question_id TEXT NOT NULL,
        signal TEXT NOT NULL CHECK (signal IN ('pick', 'up', 'follow-up', 'down')),
        text TEXT,
        entry_id TEXT NOT NULL,
        platform TEXT NOT NULL,
        user_key TEXT NOT NULL,
        at BIGINT NOT NULL,
        PRIMARY KEY (question_id, signal)
      );
      CREATE INDEX entry_signals_at ON entry_signals (at);
      CREATE TABLE gap_votes (
        question_id TEXT NOT NULL,
        user_key TEXT NOT NULL,
        text TEXT,
        pain_point TEXT,
        outcome TEXT NOT NULL,
        platform TEXT NOT NULL,
        workspace_id TEXT,
        notify TEXT,
        notified_at BIGINT,
        at BIGINT NOT NULL,
        PRIMARY KEY (question_id, user_key)
      );
      CREATE INDEX gap_votes_at ON gap_votes (at);
      CREATE TABLE digests (
        period TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        at BIGINT NOT NULL
      );
    `,
  },
]);
