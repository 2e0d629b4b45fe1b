import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from 'pino';
import { z } from 'zod';
import { channelModeSchema, type ChannelMode, type ChannelModeSetting } from '../../src/channels/channel-mode.js';
import { conversationStateSchema, type ConversationState } from '../../src/conversation/state.js';
import type {
  EntrySignalRecord, EscalationRecord, FeedbackRecord, GapVoteRecord, OpenGapNotice, QuestionRecord, RateLimitResult, Store,
} from '../../src/store/store.js';
import { gapNoticeRouteSchema } from '../../src/store/store.js';
import { sqliteMigrations } from './migrations/sqlite-migrations.js';
import { GroupCommit } from './group-commit.js';
import { escalationColumns, feedbackColumns, gapVoteColumns, questionColumns, signalColumns } from './report-columns.js';
import {
  entrySignalRowSchema, escalationRowSchema, feedbackRowSchema, gapVoteRowSchema, questionRowSchema, type EntrySignalRow,
  type EscalationRow, type FeedbackRow, type GapVoteRow, type PurgeResult, type Purging, type QuestionRow, type Reporting,
} from './reporting.js';
import { schedulePurge, type PurgeSchedule } from './purge-timer.js';
import { SqliteInbox } from './sqlite-inbox.js';
import { migrateSqlite } from './sqlite-migrate.js';

export interface SqliteStoreOptions {
  /** The database file; its folder is created. */
  path: string;
  logger: Logger;
  /** When false, question text is never written (defence in depth: the core also drops it). */
  logQuestions?: boolean;
}

/** An opted-in vote not told yet, as the notice runner reads it. */
const openNoticeRow = z.object({ questionId: z.string(), userKey: z.string(), text: z.string(), notify: z.string() });

const oldest = z.object({ at: z.number(), n: z.number() });

/**
 * The embedded default: one SQLite file in WAL mode. Safe for several processes on one machine. Two connections
 * to the file, each with its group commit (see `GroupCommit`): `durable` (`synchronous = FULL`) for the writes a
 * user was promised — a question recorded before its ack, feedback before the thanks — so they survive a power
 * cut once the caller is told; `lazy` (`synchronous = NORMAL`) for bookkeeping — the question log, contexts,
 * leases, saved replies, done marks, dedupe and rate-limit hits — which survives a crash of the process at once
 * and a power cut with the next durable commit (which syncs the shared WAL) or checkpoint. Reads run at once.
 */
export class SqliteStore implements Store, Reporting, Purging {
  readonly inbox: SqliteInbox;
  private stopPurging: (() => Promise<void>) | undefined;

  private constructor(
    private readonly durable: GroupCommit,
    private readonly lazy: GroupCommit,
    private readonly logQuestions: boolean,
  ) {
    this.inbox = new SqliteInbox(durable, lazy, logQuestions);
  }

  static open(options: SqliteStoreOptions): SqliteStore {
    fs.mkdirSync(path.dirname(path.resolve(options.path)), { recursive: true });
    const db = new Database(options.path, { timeout: 5_000 });
    let lazy: Database.Database | undefined;
    try {
      db.pragma('journal_mode = WAL');
      // FULL: a commit is on disk before the caller is told, so an acknowledged write survives a power cut.
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      const applied = migrateSqlite(db, sqliteMigrations, Date.now());
      if (applied.length > 0) options.logger.info({ applied }, 'sqlite migrations applied');
      lazy = new Database(options.path, { timeout: 5_000 });
      lazy.pragma('synchronous = NORMAL');
      lazy.pragma('foreign_keys = ON');
    } catch (err) {
      lazy?.close();
      db.close();
      throw err;
    }
    return new SqliteStore(new GroupCommit(db), new GroupCommit(lazy), options.logQuestions ?? true);
  }

  async getContext(key: string, now: number): Promise<ConversationState | undefined> {
    const row = this.durable.sql('SELECT state FROM contexts WHERE key = ? AND expires_at > ?').get(key, now) as
      | { state: string }
      | undefined;
    return row ? conversationStateSchema.parse(JSON.parse(row.state)) : undefined;
  }

  async setContext(key: string, state: ConversationState, expiresAt: number): Promise<void> {
    await this.lazy.write((sql) =>
      sql(`INSERT INTO contexts (key, state, expires_at) VALUES (?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at`)
        .run(key, JSON.stringify(state), expiresAt),
    );
  }

  async markEvent(eventId: string, now: number, expiresAt: number): Promise<boolean> {
    const row = await this.lazy.write((sql) =>
      sql(`INSERT INTO events (event_id, expires_at) VALUES (?, ?)
        ON CONFLICT (event_id) DO UPDATE SET expires_at = excluded.expires_at WHERE events.expires_at <= ?
        RETURNING event_id`)
        .get(eventId, expiresAt, now),
    );
    return row !== undefined;
  }

  async hitRateLimit(userKey: string, now: number, windowMs: number, limit: number): Promise<RateLimitResult> {
    return this.lazy.write((sql): RateLimitResult => {
      sql('DELETE FROM rate_hits WHERE user_key = ? AND at <= ?').run(userKey, now - windowMs);
      const { at, n } = oldest.parse(
        sql('SELECT coalesce(min(at), 0) AS at, count(*) AS n FROM rate_hits WHERE user_key = ?').get(userKey),
      );
      if (n >= limit) return { allowed: false, retryAfterMs: at + windowMs - now };
      sql('INSERT INTO rate_hits (user_key, at) VALUES (?, ?)').run(userKey, now);
      return { allowed: true, retryAfterMs: 0 };
    });
  }

  async addFeedback(r: FeedbackRecord): Promise<void> {
    await this.durable.write((sql) =>
      sql(`INSERT INTO feedback (entry_id, pain_point, vote, comment, platform, workspace_id, user_key, at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(r.entryId, r.painPoint, r.vote, r.comment ?? null, r.platform, r.workspaceId ?? null, r.userKey, r.at),
    );
  }

  async logQuestion(r: QuestionRecord): Promise<void> {
    await this.lazy.write((sql) =>
      sql(`INSERT INTO questions
        (question_id, platform, workspace_id, user_key, text, outcome, pain_point, entry_id, confidence, channel_mode, at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(r.id ?? null, r.platform, r.workspaceId ?? null, r.userKey, this.logQuestions ? r.text : null, r.outcome,
          r.painPoint, r.entryId, r.confidence, r.channelMode ?? null, r.at),
    );
  }

  async getChannelMode(platform: string, channelId: string): Promise<ChannelMode | undefined> {
    const row = this.durable.sql('SELECT mode FROM channel_modes WHERE platform = ? AND channel_id = ?').get(platform, channelId) as
      | { mode: string }
      | undefined;
    return row ? channelModeSchema.parse(row.mode) : undefined;
  }

  /** Durable: an admin was told the mode is set. */
  async setChannelMode(s: ChannelModeSetting): Promise<void> {
    await this.durable.write((sql) =>
      sql(`INSERT INTO channel_modes (platform, channel_id, mode, set_by, at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (platform, channel_id) DO UPDATE SET mode = excluded.mode, set_by = excluded.set_by, at = excluded.at`)
        .run(s.platform, s.channelId, s.mode, s.setBy, s.at),
    );
  }

  async recordEscalation(r: EscalationRecord): Promise<boolean> {
    const info = await this.durable.write((sql) =>
      sql(`INSERT INTO escalations (thread_key, platform, workspace_id, channel_mode, pain_point, entry_id, user_key, question_id, at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (thread_key) WHERE resolved_at IS NULL DO NOTHING`)
        .run(r.threadKey, r.platform, r.workspaceId ?? null, r.channelMode ?? null, r.painPoint, r.entryId, r.userKey,
          r.questionId ?? null, r.at),
    );
    return info.changes === 1;
  }

  async resolveEscalation(threadKey: string, at: number): Promise<boolean> {
    const info = await this.durable.write((sql) =>
      sql('UPDATE escalations SET resolved_at = ? WHERE thread_key = ? AND resolved_at IS NULL').run(at, threadKey),
    );
    return info.changes === 1;
  }

  async addEntrySignal(r: EntrySignalRecord): Promise<void> {
    await this.lazy.write((sql) =>
      sql(`INSERT INTO entry_signals (question_id, signal, text, entry_id, platform, user_key, at) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (question_id, signal) DO NOTHING`)
        .run(r.questionId, r.signal, this.logQuestions ? r.text : null, r.entryId, r.platform, r.userKey, r.at),
    );
  }

  /** Durable: the person was told their vote counted. */
  async addGapVote(r: GapVoteRecord): Promise<boolean> {
    const info = await this.durable.write((sql) =>
      sql(`INSERT INTO gap_votes (question_id, user_key, text, pain_point, outcome, platform, workspace_id, notify, at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (question_id, user_key) DO NOTHING`)
        .run(r.questionId, r.userKey, this.logQuestions ? r.text : null, r.painPoint, r.outcome, r.platform,
          r.workspaceId ?? null, r.notify ? JSON.stringify(r.notify) : null, r.at),
    );
    return info.changes === 1;
  }

  async openGapNotices(platform: string, limit: number): Promise<OpenGapNotice[]> {
    const rows = this.durable
      .sql(`SELECT question_id AS questionId, user_key AS userKey, text, notify FROM gap_votes
        WHERE notify IS NOT NULL AND notified_at IS NULL AND text IS NOT NULL AND platform = ? ORDER BY at LIMIT ?`)
      .all(platform, limit);
    return z.array(openNoticeRow).parse(rows).map(({ notify, ...rest }) => ({ ...rest, route: gapNoticeRouteSchema.parse(JSON.parse(notify)) }));
  }

  async claimGapNotice(questionId: string, userKey: string, at: number): Promise<boolean> {
    const info = await this.durable.write((sql) =>
      sql('UPDATE gap_votes SET notified_at = ? WHERE question_id = ? AND user_key = ? AND notified_at IS NULL').run(at, questionId, userKey),
    );
    return info.changes === 1;
  }

  async releaseGapNotice(questionId: string, userKey: string): Promise<void> {
    await this.durable.write((sql) => sql('UPDATE gap_votes SET notified_at = NULL WHERE question_id = ? AND user_key = ?').run(questionId, userKey));
  }

  async claimDigest(period: string, owner: string, at: number): Promise<boolean> {
    const info = await this.durable.write((sql) =>
      sql('INSERT INTO digests (period, owner, at) VALUES (?, ?, ?) ON CONFLICT (period) DO NOTHING').run(period, owner, at),
    );
    return info.changes === 1;
  }

  async entrySignalsSince(since: number): Promise<EntrySignalRow[]> {
    const rows = this.durable.sql(`SELECT ${signalColumns} FROM entry_signals WHERE at >= ? ORDER BY at, question_id, signal`).all(since);
    return z.array(entrySignalRowSchema).parse(rows);
  }

  async gapVotesSince(since: number): Promise<GapVoteRow[]> {
    const rows = this.durable.sql(`SELECT ${gapVoteColumns} FROM gap_votes WHERE at >= ? ORDER BY at, question_id, user_key`).all(since);
    return z.array(gapVoteRowSchema).parse(rows);
  }

  async escalationsSince(since: number): Promise<EscalationRow[]> {
    const rows = this.durable.sql(`SELECT ${escalationColumns} FROM escalations WHERE at >= ? ORDER BY at, id`).all(since);
    return z.array(escalationRowSchema).parse(rows);
  }

  async questionsSince(since: number): Promise<QuestionRow[]> {
    const rows = this.durable.sql(`SELECT ${questionColumns} FROM questions WHERE at >= ? ORDER BY at, id`).all(since);
    return z.array(questionRowSchema).parse(rows);
  }

  async feedbackSince(since: number): Promise<FeedbackRow[]> {
    const rows = this.durable.sql(`SELECT ${feedbackColumns} FROM feedback WHERE at >= ? ORDER BY at, id`).all(since);
    return z.array(feedbackRowSchema).parse(rows);
  }

  async purge(olderThan: number, now = Date.now()): Promise<PurgeResult> {
    return this.lazy.write((sql): PurgeResult => {
      const del = (text: string, value: number): number => sql(text).run(value).changes;
      return {
        questions: del('DELETE FROM questions WHERE at < ?', olderThan),
        feedback: del('DELETE FROM feedback WHERE at < ?', olderThan),
        escalations: del('DELETE FROM escalations WHERE at < ?', olderThan),
        learning: del('DELETE FROM entry_signals WHERE at < ?', olderThan) + del('DELETE FROM gap_votes WHERE at < ?', olderThan),
        inbox: this.inbox.purge(sql, olderThan),
        expired:
          del('DELETE FROM contexts WHERE expires_at <= ?', now) +
          del('DELETE FROM events WHERE expires_at <= ?', now) +
          del('DELETE FROM rate_hits WHERE at < ?', now - dayMsForHits),
      };
    });
  }

  /** Purges now and then periodically until `close`. */
  startPurging(schedule: PurgeSchedule, logger: Logger): void {
    this.stopPurging ??= schedulePurge(this, schedule, logger);
  }

  async close(): Promise<void> {
    await this.stopPurging?.();
    for (const group of [this.durable, this.lazy]) {
      if (!group.db.open) continue;
      group.flush();
      group.db.close();
    }
  }
}

/** Rate-limit hits are pruned per user on each hit; a day covers any window a deployment would configure. */
const dayMsForHits = 24 * 60 * 60_000;
