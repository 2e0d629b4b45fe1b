import { z } from 'zod';
import { coreMessageSchema, platformSchema, type CoreMessage, type MessageKind, type Platform } from '../message.js';
import { replySchema, type Reply } from '../reply.js';

/**
 * One incoming question or click that owes a reply, as recorded before (or right after) the platform is
 * acknowledged. `key` is unique per platform event (`slack:Ev…`, `discord:message:…`): recording the same key
 * twice is how redeliveries are recognised. `route` is where the reply goes, in the adapter's own terms (channel,
 * thread, response URL, interaction token): the adapter that wrote it validates it when it reads it back.
 */
export interface InboundItem {
  key: string;
  platform: Platform;
  message: CoreMessage;
  route: Record<string, unknown>;
  receivedAt: number;
  /** After this the reply can no longer be delivered (an interaction token's life, or a give-up age). */
  deadline: number;
}

/** A pending record as recovery reads it: how often it was tried, and the reply if the core already gave one. */
export interface InboxRecord extends InboundItem {
  attempts: number;
  reply?: Reply;
}

/** A recent arrival, as a catch-up after a gap reads it: when it came, where its reply went, and its kind. */
export interface RecentInbound {
  key: string;
  receivedAt: number;
  route: Record<string, unknown>;
  kind: CoreMessage['kind'];
}

/** A retry kept by the replica that failed it (see `Inbox.retryInbound`). */
export interface RetryKeep {
  owner: string;
  leaseUntil: number;
}

export interface InboxStats {
  pending: number;
  /** When the oldest pending record arrived; null when none is pending. */
  oldestReceivedAt: number | null;
}

/** The inbox part of the store contract (see `Store`). */
export interface Inbox {
  /**
   * Records an item leased to `owner` until `leaseUntil` (the live path answers it meanwhile). True when new;
   * false when the key was recorded before (a redelivery), whatever its state.
   */
  recordInbound(item: InboundItem, owner: string, leaseUntil: number): Promise<boolean>;
  /** Keeps the core's reply, so a re-drive sends the same reply without asking the core (and logging) again. */
  saveInboundReply(key: string, reply: Reply): Promise<void>;
  /**
   * Extends the lease of a pending record `owner` holds to `leaseUntil` (a send still in flight); false when the
   * record is no longer pending or no longer this owner's (another replica took it over, or it was finished).
   */
  renewInbound(key: string, owner: string, leaseUntil: number): Promise<boolean>;
  /**
   * A failed attempt: one more attempt counted, due again at `retryAt` with the lease released. With `keep`, the
   * replica that failed retries the record itself at `retryAt`: the lease stays with `keep.owner` until
   * `keep.leaseUntil`, so no other replica's claim takes it unless that replica dies.
   */
  retryInbound(key: string, retryAt: number, error: string, keep?: RetryKeep): Promise<void>;
  /** The platform accepted the reply (no reason), or the record can never be answered (with the reason). */
  finishInbound(key: string, now: number, closedReason?: string): Promise<void>;
  /**
   * Claims up to `limit` pending records of `platform` that are due (lease expired or retry time reached),
   * leasing them to `owner` until `leaseUntil`. Two concurrent claims never return the same record.
   */
  claimInbound(platform: Platform, owner: string, now: number, leaseUntil: number, limit: number): Promise<InboxRecord[]>;
  inboxStats(): Promise<InboxStats>;
  /**
   * Records of `platform` whose key starts with `keyPrefix`, received at or after `since` (and of message `kind`,
   * when given), newest first, at most `limit`, in any state: what a platform without redelivery needs to find
   * what it missed while it was away.
   */
  recentInbound(platform: Platform, keyPrefix: string, since: number, limit: number, kind?: MessageKind): Promise<RecentInbound[]>;
}

/** How the back ends store the message apart from its text (which follows LOG_QUESTIONS once done). */
export const storedMessageSchema = coreMessageSchema.omit({ text: true });

/** A pending row as the durable back ends read it back, before it becomes an `InboxRecord`. */
export const inboxRowSchema = z.object({
  key: z.string(),
  platform: platformSchema,
  message: z.unknown(),
  text: z.string().nullable(),
  route: z.unknown(),
  reply: z.unknown(),
  receivedAt: z.coerce.number(),
  deadline: z.coerce.number(),
  attempts: z.coerce.number(),
});

/** A recent row as the durable back ends read it back, JSON columns parsed. */
export const recentRowSchema = z.object({
  key: z.string(),
  receivedAt: z.coerce.number(),
  route: z.record(z.string(), z.unknown()),
  message: coreMessageSchema.pick({ kind: true }),
});

/** Builds a recent arrival from a row whose JSON columns are already parsed. */
export function recentInboundFromRow(raw: unknown): RecentInbound {
  const row = recentRowSchema.parse(raw);
  return { key: row.key, receivedAt: row.receivedAt, route: row.route, kind: row.message.kind };
}

/** Builds a record from a row whose JSON columns are already parsed. */
export function inboxRecordFromRow(raw: unknown): InboxRecord {
  const row = inboxRowSchema.parse(raw);
  const message = coreMessageSchema.parse({ ...storedMessageSchema.parse(row.message), text: row.text ?? '' });
  return {
    key: row.key,
    platform: row.platform,
    message,
    route: z.record(z.string(), z.unknown()).parse(row.route),
    receivedAt: row.receivedAt,
    deadline: row.deadline,
    attempts: row.attempts,
    ...(row.reply ? { reply: replySchema.parse(row.reply) } : {}),
  };
}

/** The message without its text, as stored in the `message` column. */
export function storedMessage(message: CoreMessage): Omit<CoreMessage, 'text'> {
  const { text: _text, ...rest } = message;
  return rest;
}
