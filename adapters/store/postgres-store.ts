import pg from 'pg';
import type { Logger } from 'pino';
import { z } from 'zod';
import { channelModeSchema, type ChannelMode, type ChannelModeSetting } from '../../src/channels/channel-mode.js';
import { conversationStateSchema, type ConversationState } from '../../src/conversation/state.js';
import type {
  EntrySignalRecord, EscalationRecord, FeedbackRecord, GapVoteRecord, OpenGapNotice, QuestionRecord, RateLimitResult, Store,
} from '../../src/store/store.js';
import { gapNoticeRouteSchema } from '../../src/store/store.js';
import { postgresMigrations } from './migrations/postgres-migrations.js';
import { PostgresInbox } from './postgres-inbox.js';
import { migratePostgres } from './postgres-migrate.js';
import { schedulePurge, type PurgeSchedule } from './purge-timer.js';
import { escalationColumns, feedbackColumns, gapVoteColumns, questionColumns, signalColumns } from './report-columns.js';
import {
  entrySignalRowSchema, escalationRowSchema, feedbackRowSchema, gapVoteRowSchema, questionRowSchema, type EntrySignalRow,
  type EscalationRow, type FeedbackRow, type GapVoteRow, type PurgeResult, type Purging, type QuestionRow, type Reporting,
} from './reporting.js';

export interface PostgresStoreOptions {
  url: string;
  logger: Logger;
  logQuestions?: boolean;
  /** A schema to use instead of `public` (created if missing): lets tests share one database. */
  schema?: string;
  poolSize?: number;
}

/** Epoch milliseconds are BIGINT; they fit a JS number, so parse int8 (oid 20) as one, for this pool only. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** An opted-in vote not told yet, as the notice runner reads it. */
const openNoticeRow = z.object({ questionId: z.string(), userKey: z.string(), text: z.string(), notify: z.string() });

const oldest = z.object({ at: z.number().nullable(), n: z.coerce.number() });
const hitsLockSpace = 7311;
const dayMs = 24 * 60 * 60_000;

/** PostgreSQL for several replicas: dedupe, rate limits and context live in the shared database. */
export class PostgresStore implements Store, Reporting, Purging {
  readonly inbox: PostgresInbox;
  private stopPurging: (() => Promise<void>) | undefined;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly logQuestions: boolean,
  ) {
    this.inbox = new PostgresInbox(pool, logQuestions);
  }

  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    if (options.schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) throw new Error('invalid schema name');
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      types,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    pool.on('error', (err) => options.logger.error({ err }, 'idle postgres client failed'));
    try {
      const applied = await migratePostgres(pool, postgresMigrations, options.schema);
      if (applied.length > 0) options.logger.info({ applied }, 'postgres migrations applied');
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PostgresStore(pool, options.logQuestions ?? true);
  }

  async getContext(key: string, now: number): Promise<ConversationState | undefined> {
    const { rows } = await this.pool.query('SELECT state FROM contexts WHERE key = $1 AND expires_at > $2', [key, now]);
    return rows[0] ? conversationStateSchema.parse(rows[0].state) : undefined;
  }

  async setContext(key: string, state: ConversationState, expiresAt: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO contexts (key, state, expires_at) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at`,
      [key, JSON.stringify(state), expiresAt],
    );
  }

  /** One statement: a concurrent insert of the same id waits for the first and then sees it unexpired. */
  async markEvent(eventId: string, now: number, expiresAt: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO events (event_id, expires_at) VALUES ($1, $2)
       ON CONFLICT (event_id) DO UPDATE SET expires_at = excluded.expires_at WHERE events.expires_at <= $3
       RETURNING event_id`,
      [eventId, expiresAt, now],
    );
    return rowCount === 1;
  }

  /** Counted in the database under a per-user transaction lock, so replicas share one budget. */
  async hitRateLimit(userKey: string, now: number, windowMs: number, limit: number): Promise<RateLimitResult> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [hitsLockSpace, userKey]);
      await client.query('DELETE FROM rate_hits WHERE user_key = $1 AND at <= $2', [userKey, now - windowMs]);
      const { rows } = await client.query('SELECT min(at) AS at, count(*) AS n FROM rate_hits WHERE user_key = $1', [userKey]);
      const { at, n } = oldest.parse(rows[0]);
      const allowed = n < limit;
      if (allowed) await client.query('INSERT INTO rate_hits (user_key, at) VALUES ($1, $2)', [userKey, now]);
      await client.query('COMMIT');
      return allowed ? { allowed, retryAfterMs: 0 } : { allowed, retryAfterMs: (at ?? now) + windowMs - now };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async addFeedback(r: FeedbackRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO feedback (entry_id, pain_point, vote, comment, platform, workspace_id, user_key, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [r.entryId, r.painPoint, r.vote, r.comment ?? null, r.platform, r.workspaceId ?? null, r.userKey, r.at],
    );
  }

  async logQuestion(r: QuestionRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO questions (question_id, platform, workspace_id, user_key, text, outcome, pain_point, entry_id, confidence,
         channel_mode, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [r.id ?? null, r.platform, r.workspaceId ?? null, r.userKey, this.logQuestions ? r.text : null, r.outcome, r.painPoint,
        r.entryId, r.confidence, r.channelMode ?? null, r.at],
    );
  }

  async getChannelMode(platform: string, channelId: string): Promise<ChannelMode | undefined> {
    const { rows } = await this.pool.query('SELECT mode FROM channel_modes WHERE platform = $1 AND channel_id = $2', [platform, channelId]);
    return rows[0] ? channelModeSchema.parse(rows[0].mode) : undefined;
  }

  async setChannelMode(s: ChannelModeSetting): Promise<void> {
    await this.pool.query(
      `INSERT INTO channel_modes (platform, channel_id, mode, set_by, at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (platform, channel_id) DO UPDATE SET mode = excluded.mode, set_by = excluded.set_by, at = excluded.at`,
      [s.platform, s.channelId, s.mode, s.setBy, s.at],
    );
  }

  async recordEscalation(r: EscalationRecord): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO escalations (thread_key, platform, workspace_id, channel_mode, pain_point, entry_id, user_key, question_id, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (thread_key) WHERE resolved_at IS NULL DO NOTHING`,
      [r.threadKey, r.platform, r.workspaceId ?? null, r.channelMode ?? null, r.painPoint, r.entryId, r.userKey,
        r.questionId ?? null, r.at],
    );
    return rowCount === 1;
  }

  async resolveEscalation(threadKey: string, at: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'UPDATE escalations SET resolved_at = $1 WHERE thread_key = $2 AND resolved_at IS NULL',
      [at, threadKey],
    );
    return rowCount === 1;
  }

  async addEntrySignal(r: EntrySignalRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO entry_signals (question_id, signal, text, entry_id, platform, user_key, at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (question_id, signal) DO NOTHING`,
      [r.questionId, r.signal, this.logQuestions ? r.text : null, r.entryId, r.platform, r.userKey, r.at],
    );
  }

  async addGapVote(r: GapVoteRecord): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO gap_votes (question_id, user_key, text, pain_point, outcome, platform, workspace_id, notify, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (question_id, user_key) DO NOTHING`,
      [r.questionId, r.userKey, this.logQuestions ? r.text : null, r.painPoint, r.outcome, r.platform, r.workspaceId ?? null,
        r.notify ? JSON.stringify(r.notify) : null, r.at],
    );
    return rowCount === 1;
  }

  async openGapNotices(platform: string, limit: number): Promise<OpenGapNotice[]> {
    const { rows } = await this.pool.query(
      `SELECT question_id AS "questionId", user_key AS "userKey", text, notify FROM gap_votes
       WHERE notify IS NOT NULL AND notified_at IS NULL AND text IS NOT NULL AND platform = $1 ORDER BY at LIMIT $2`,
      [platform, limit],
    );
    return z.array(openNoticeRow).parse(rows).map(({ notify, ...rest }) => ({ ...rest, route: gapNoticeRouteSchema.parse(JSON.parse(notify)) }));
  }

  async claimGapNotice(questionId: string, userKey: string, at: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'UPDATE gap_votes SET notified_at = $1 WHERE question_id = $2 AND user_key = $3 AND notified_at IS NULL',
      [at, questionId, userKey],
    );
    return rowCount === 1;
  }

  async releaseGapNotice(questionId: string, userKey: string): Promise<void> {
    await this.pool.query('UPDATE gap_votes SET notified_at = NULL WHERE question_id = $1 AND user_key = $2', [questionId, userKey]);
  }

  async claimDigest(period: string, owner: string, at: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'INSERT INTO digests (period, owner, at) VALUES ($1, $2, $3) ON CONFLICT (period) DO NOTHING',
      [period, owner, at],
    );
    return rowCount === 1;
  }

  async entrySignalsSince(since: number): Promise<EntrySignalRow[]> {
    const { rows } = await this.pool.query(`SELECT ${signalColumns} FROM entry_signals WHERE at >= $1 ORDER BY at, question_id, signal`, [since]);
    return z.array(entrySignalRowSchema).parse(rows);
  }

  async gapVotesSince(since: number): Promise<GapVoteRow[]> {
    const { rows } = await this.pool.query(`SELECT ${gapVoteColumns} FROM gap_votes WHERE at >= $1 ORDER BY at, question_id, user_key`, [since]);
    return z.array(gapVoteRowSchema).parse(rows);
  }

  async escalationsSince(since: number): Promise<EscalationRow[]> {
    const { rows } = await this.pool.query(`SELECT ${escalationColumns} FROM escalations WHERE at >= $1 ORDER BY at, id`, [since]);
    return z.array(escalationRowSchema).parse(rows);
  }

  async questionsSince(since: number): Promise<QuestionRow[]> {
    const { rows } = await this.pool.query(`SELECT ${questionColumns} FROM questions WHERE at >= $1 ORDER BY at, id`, [since]);
    return z.array(questionRowSchema).parse(rows);
  }

  async feedbackSince(since: number): Promise<FeedbackRow[]> {
    const { rows } = await this.pool.query(`SELECT ${feedbackColumns} FROM feedback WHERE at >= $1 ORDER BY at, id`, [since]);
    return z.array(feedbackRowSchema).parse(rows);
  }

  async purge(olderThan: number, now = Date.now()): Promise<PurgeResult> {
    const del = async (sql: string, value: number): Promise<number> => (await this.pool.query(sql, [value])).rowCount ?? 0;
    return {
      questions: await del('DELETE FROM questions WHERE at < $1', olderThan),
      feedback: await del('DELETE FROM feedback WHERE at < $1', olderThan),
      escalations: await del('DELETE FROM escalations WHERE at < $1', olderThan),
      learning: (await del('DELETE FROM entry_signals WHERE at < $1', olderThan)) + (await del('DELETE FROM gap_votes WHERE at < $1', olderThan)),
      inbox: await this.inbox.purge(olderThan),
      expired:
        (await del('DELETE FROM contexts WHERE expires_at <= $1', now)) +
        (await del('DELETE FROM events WHERE expires_at <= $1', now)) +
        (await del('DELETE FROM rate_hits WHERE at < $1', now - dayMs)),
    };
  }

  startPurging(schedule: PurgeSchedule, logger: Logger): void {
    this.stopPurging ??= schedulePurge(this, schedule, logger);
  }

  async close(): Promise<void> {
    await this.stopPurging?.();
    await this.pool.end();
  }
}
