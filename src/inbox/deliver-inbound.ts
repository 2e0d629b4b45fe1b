import type { Logger } from 'pino';
import { staysQuiet } from '../channels/quiet-reply.js';
import type { CoreMessage } from '../message.js';
import type { Reply } from '../reply.js';
import type { Inbox, InboxRecord } from '../store/inbox.js';
import { retryDelayMs } from './backoff.js';
import type { InboxSettings } from './inbox-settings.js';
import type { ReplySender } from './reply-sender.js';

/** What the metrics count. */
export interface InboxEvents {
  /** A record closed unanswered, by reason. */
  onClosed?: (reason: string) => void;
  /** A failed attempt that will be retried. */
  onRetry?: () => void;
}

/** What delivering a record needs: the store's inbox, the core (failures already turned into an apology), a sender. */
export interface DeliverDeps extends InboxEvents {
  inbox: Inbox;
  answer: (message: CoreMessage) => Promise<Reply>;
  sender: ReplySender;
  logger: Logger;
  clock: () => number;
  settings: InboxSettings;
  random?: () => number;
  /** Told when a failed record is due again, so its retry need not wait for the next poll. */
  wakeAt?: (at: number) => void;
  /**
   * How many backlog deliveries the platform's request budget has room for now (absent: no shared budget).
   * The runner's backlog lane starts no more than this, beside its own rate.
   */
  backlogRoom?: () => number;
}

export type DeliverResult = 'sent' | 'closed' | 'retry';

/**
 * A live delivery's retry, kept by the replica that received the message: the lease stays with `owner`, and
 * `retry` is told the record (with its reply and attempt count) and when to send it again.
 */
export interface KeepRetry {
  owner: string;
  retry: (next: InboxRecord, at: number) => void;
}

/**
 * Answers one record: the core's reply (asked once, then kept in the record), sent by the adapter, and the
 * record closed only once the platform accepted it. A failure schedules this record's own next attempt with
 * backoff and returns: other records never wait for it. A record past its deadline is closed with a reason.
 * With `keep`, the retry stays with this replica (see `KeepRetry`); without, any replica's recovery claims it.
 */
export async function deliverInbound(deps: DeliverDeps, record: InboxRecord, recovered: boolean, keep?: KeepRetry): Promise<DeliverResult> {
  const log = deps.logger.child({ inboxKey: record.key });
  const close = async (reason: string): Promise<DeliverResult> => {
    await deps.inbox.finishInbound(record.key, deps.clock(), reason);
    deps.onClosed?.(reason);
    log.error({ reason, attempts: record.attempts }, 'a message could not be answered; closed');
    return 'closed';
  };
  if (deps.clock() >= record.deadline) return close(deps.sender.expiredReason?.(record) ?? 'expired');
  let reply = record.reply;
  try {
    if (!reply) {
      reply = await deps.answer(record.message);
      await deps.inbox.saveInboundReply(record.key, reply);
    }
    if (staysQuiet(record.message, reply)) {
      // An unasked channel question the mode answers only with confidence: nothing to post, nothing owed.
      await deps.inbox.finishInbound(record.key, deps.clock());
      log.debug({ outcome: reply.outcome }, 'not confident enough to answer unasked; staying quiet');
      return 'sent';
    }
    const outcome = await deps.sender.send(record, reply, recovered);
    if (outcome.status === 'gone') return await close(outcome.reason);
    await deps.inbox.finishInbound(record.key, deps.clock());
    if (recovered) log.info({ attempts: record.attempts }, 'a pending reply was delivered');
    return 'sent';
  } catch (err) {
    const attempt = record.attempts + 1;
    const retryAt = deps.clock() + retryDelayMs(attempt, deps.settings.retry, deps.random);
    deps.onRetry?.();
    log.warn({ err, attempt, retryAt }, 'sending a reply failed; will retry');
    const held = keep && { owner: keep.owner, leaseUntil: retryAt + deps.settings.leaseMs };
    const scheduled = await deps.inbox
      .retryInbound(record.key, retryAt, err instanceof Error ? err.message : String(err), held)
      .then(() => true)
      .catch((storeErr: unknown) => (log.error({ err: storeErr }, 'could not schedule the retry; the lease will expire instead'), false));
    if (scheduled && keep) keep.retry({ ...record, attempts: attempt, ...(reply ? { reply } : {}) }, retryAt);
    else if (scheduled) deps.wakeAt?.(retryAt);
    return 'retry';
  }
}
