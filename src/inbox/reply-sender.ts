import type { Reply } from '../reply.js';
import type { InboxRecord } from '../store/inbox.js';

/** `sent`: the platform accepted every part. `gone`: it never will (deleted channel, expired token), with why. */
export type SendOutcome = { status: 'sent' } | { status: 'gone'; reason: string };

/**
 * The adapter's half of delivery: posts a reply where the record's route says. `recovered` is true for every
 * attempt but the live first one: the sender then first looks whether (part of) the reply already went out.
 * Throws for a failure worth retrying (5xx, timeout, network).
 */
export interface ReplySender {
  send(record: InboxRecord, reply: Reply, recovered: boolean): Promise<SendOutcome>;
  /** Why a record past its deadline is closed (e.g. `interaction_token_expired`); `expired` when absent. */
  expiredReason?(record: InboxRecord): string;
}
