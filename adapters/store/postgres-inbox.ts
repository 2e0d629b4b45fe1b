import type pg from 'pg';
import { z } from 'zod';
import type { MessageKind, Platform } from '../../src/message.js';
import type { Reply } from '../../src/reply.js';
import {
  inboxRecordFromRow, recentInboundFromRow, storedMessage, type RecentInbound, type Inbox, type InboundItem, type InboxRecord, type InboxStats, type RetryKeep,
} from '../../src/store/inbox.js';
import { inboxColumns, inboxSql, likePrefix } from './inbox-columns.js';

const statsRow = z.object({ pending: z.coerce.number(), oldest: z.coerce.number().nullable() });

/**
 * The inbox in PostgreSQL. Claims lock the due rows with `FOR UPDATE SKIP LOCKED`: replicas claiming at the same
 * moment each get different records and never wait for each other.
 */
export class PostgresInbox implements Inbox {
  constructor(
    private readonly pool: pg.Pool,
    private readonly logQuestions: boolean,
  ) {}

  async recordInbound(item: InboundItem, owner: string, leaseUntil: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO inbox (key, platform, state, message, text, route, received_at, deadline, due_at, owner)
       VALUES ($1, $2, 'pending', $3::jsonb, $4, $5::jsonb, $6, $7, $8, $9) ON CONFLICT (key) DO NOTHING`,
      [item.key, item.platform, JSON.stringify(storedMessage(item.message)), item.message.text,
        JSON.stringify(item.route), item.receivedAt, item.deadline, leaseUntil, owner],
    );
    return rowCount === 1;
  }

  async saveInboundReply(key: string, reply: Reply): Promise<void> {
    await this.pool.query(`UPDATE inbox SET reply = $1::jsonb WHERE key = $2 AND state = 'pending'`, [JSON.stringify(reply), key]);
  }

  async renewInbound(key: string, owner: string, leaseUntil: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE inbox SET due_at = $1 WHERE key = $2 AND owner = $3 AND state = 'pending'`,
      [leaseUntil, key, owner],
    );
    return (rowCount ?? 0) > 0;
  }

  async retryInbound(key: string, retryAt: number, error: string, keep?: RetryKeep): Promise<void> {
    await this.pool.query(
      `UPDATE inbox SET attempts = attempts + 1, due_at = $1, owner = $2, last_error = $3 WHERE key = $4 AND state = 'pending'`,
      [keep?.leaseUntil ?? retryAt, keep?.owner ?? null, error.slice(0, 500), key],
    );
  }

  async finishInbound(key: string, now: number, closedReason?: string): Promise<void> {
    await this.pool.query(
      `UPDATE inbox SET state = $1, finished_at = $2, closed_reason = $3, owner = NULL,
         text = CASE WHEN $4 THEN text ELSE NULL END WHERE key = $5 AND state = 'pending'`,
      [closedReason ? 'closed' : 'done', now, closedReason ?? null, this.logQuestions, key],
    );
  }

  async claimInbound(platform: Platform, owner: string, now: number, leaseUntil: number, limit: number): Promise<InboxRecord[]> {
    const { rows } = await this.pool.query(
      `UPDATE inbox SET owner = $1, due_at = $2 WHERE key IN (
         SELECT key FROM inbox WHERE state = 'pending' AND platform = $3 AND due_at <= $4
         ORDER BY due_at LIMIT $5 FOR UPDATE SKIP LOCKED)
       RETURNING ${inboxColumns}`,
      [owner, leaseUntil, platform, now, limit],
    );
    return rows.map(inboxRecordFromRow);
  }

  async inboxStats(): Promise<InboxStats> {
    const { rows } = await this.pool.query(inboxSql.stats);
    const { pending, oldest } = statsRow.parse(rows[0]);
    return { pending, oldestReceivedAt: oldest };
  }

  async recentInbound(platform: Platform, keyPrefix: string, since: number, limit: number, kind?: MessageKind): Promise<RecentInbound[]> {
    const sql = inboxSql.recent(['$1', '$2', '$3', '$4'], kind && `message->>'kind' = $5`);
    const { rows } = await this.pool.query(sql, [platform, likePrefix(keyPrefix), since, limit, ...(kind ? [kind] : [])]);
    return rows.map(recentInboundFromRow);
  }

  async purge(olderThan: number): Promise<number> {
    return (await this.pool.query(inboxSql.purge('$1'), [olderThan])).rowCount ?? 0;
  }
}
