import { z } from 'zod';
import type { MessageKind, Platform } from '../../src/message.js';
import type { Reply } from '../../src/reply.js';
import {
  inboxRecordFromRow, recentInboundFromRow, storedMessage, type RecentInbound, type Inbox, type InboundItem, type InboxRecord, type InboxStats, type RetryKeep,
} from '../../src/store/inbox.js';
import type { GroupCommit, Sql } from './group-commit.js';
import { inboxColumns, inboxSql, likePrefix } from './inbox-columns.js';

const statsRow = z.object({ pending: z.number(), oldest: z.number().nullable() });
const json = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : null);

/**
 * The inbox in the SQLite file. Recording a question is a durable write (it precedes the platform's ack); the
 * rest is bookkeeping on the lazy connection (see `SqliteStore`). Writes go through the group commits, whose
 * IMMEDIATE transactions (the write lock) serialise processes: a claim never hands a record to two of them.
 */
export class SqliteInbox implements Inbox {
  constructor(
    private readonly durable: GroupCommit,
    private readonly lazy: GroupCommit,
    private readonly logQuestions: boolean,
  ) {}

  async recordInbound(item: InboundItem, owner: string, leaseUntil: number): Promise<boolean> {
    const row = await this.durable.write((sql) =>
      sql(`INSERT INTO inbox (key, platform, state, message, text, route, received_at, deadline, due_at, owner)
        VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING key`)
        .get(item.key, item.platform, JSON.stringify(storedMessage(item.message)), item.message.text,
          JSON.stringify(item.route), item.receivedAt, item.deadline, leaseUntil, owner),
    );
    return row !== undefined;
  }

  async saveInboundReply(key: string, reply: Reply): Promise<void> {
    await this.lazy.write((sql) =>
      sql(`UPDATE inbox SET reply = ? WHERE key = ? AND state = 'pending'`).run(JSON.stringify(reply), key),
    );
  }

  async renewInbound(key: string, owner: string, leaseUntil: number): Promise<boolean> {
    const result = await this.lazy.write((sql) =>
      sql(`UPDATE inbox SET due_at = ? WHERE key = ? AND owner = ? AND state = 'pending'`).run(leaseUntil, key, owner),
    );
    return result.changes > 0;
  }

  async retryInbound(key: string, retryAt: number, error: string, keep?: RetryKeep): Promise<void> {
    await this.lazy.write((sql) =>
      sql(`UPDATE inbox SET attempts = attempts + 1, due_at = ?, owner = ?, last_error = ?
        WHERE key = ? AND state = 'pending'`)
        .run(keep?.leaseUntil ?? retryAt, keep?.owner ?? null, error.slice(0, 500), key),
    );
  }

  async finishInbound(key: string, now: number, closedReason?: string): Promise<void> {
    await this.lazy.write((sql) =>
      sql(`UPDATE inbox SET state = ?, finished_at = ?, closed_reason = ?, owner = NULL,
        text = CASE WHEN ? = 1 THEN text ELSE NULL END WHERE key = ? AND state = 'pending'`)
        .run(closedReason ? 'closed' : 'done', now, closedReason ?? null, this.logQuestions ? 1 : 0, key),
    );
  }

  async claimInbound(platform: Platform, owner: string, now: number, leaseUntil: number, limit: number): Promise<InboxRecord[]> {
    const claimed = await this.lazy.write((sql): unknown[] =>
      sql(`UPDATE inbox SET owner = ?, due_at = ? WHERE key IN (
          SELECT key FROM inbox WHERE state = 'pending' AND platform = ? AND due_at <= ? ORDER BY due_at LIMIT ?)
        RETURNING ${inboxColumns}`)
        .all(owner, leaseUntil, platform, now, limit),
    );
    return claimed.map((raw) => {
      const row = raw as Record<string, unknown>;
      return inboxRecordFromRow({ ...row, message: json(row.message), route: json(row.route), reply: json(row.reply) });
    });
  }

  async inboxStats(): Promise<InboxStats> {
    const { pending, oldest } = statsRow.parse(this.durable.sql(inboxSql.stats).get());
    return { pending, oldestReceivedAt: oldest };
  }

  async recentInbound(platform: Platform, keyPrefix: string, since: number, limit: number, kind?: MessageKind): Promise<RecentInbound[]> {
    const sql = inboxSql.recent(['?', '?', '?', '?'], kind && `json_extract(message, '$.kind') = ?`);
    const rows = kind
      ? this.durable.sql(sql).all(platform, likePrefix(keyPrefix), since, kind, limit)
      : this.durable.sql(sql).all(platform, likePrefix(keyPrefix), since, limit);
    return rows.map((raw) => {
      const row = raw as Record<string, unknown>;
      return recentInboundFromRow({ ...row, message: json(row.message), route: json(row.route) });
    });
  }

  /** Inside the store's purge transaction, with its connection's statements. */
  purge(sql: Sql, olderThan: number): number {
    return sql(inboxSql.purge('?')).run(olderThan).changes;
  }
}
