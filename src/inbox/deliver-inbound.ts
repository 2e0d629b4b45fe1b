import type { Logger } from 'pino';
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
 * Answers one record: the core's reply (asked once, then kept in the record), sent by the adapter, and the
 * record closed only once the platform accepted it. A failure schedules this record's own next attempt with
 * backoff and returns: other records never wait for it. A record past its deadline is closed with a reason.
 */
export async function deliverInbound(deps: DeliverDeps, record: InboxRecord, recovered: boolean): Promise<DeliverResult> {
  const log = deps.logger.child({ inboxKey: record.key });
  const close = async (reason: string): Promise<DeliverResult> => {
    await deps.inbox.finishInbound(record.key, deps.clock(), reason);
    deps.onClosed?.(reason);
    log.error({ reason, attempts: record.attempts }, 'a message could not be answered; closed');
    return 'closed';
  };
  if (deps.clock() >= record.deadline) return close(deps.sender.expiredReason?.(record) ?? 'expired');
  try {
    let reply = record.reply;
    if (!reply) {
      reply = await deps.answer(record.message);
      await deps.inbox.saveInboundReply(record.key, reply);
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
    const scheduled = await deps.inbox
      .retryInbound(record.key, retryAt, err instanceof Error ? err.message : String(err))
      .then(() => true)
      .catch((storeErr: unknown) => (log.error({ err: storeErr }, 'could not schedule the retry; the lease will expire instead'), false));
    if (scheduled) deps.wakeAt?.(retryAt);
    return 'retry';
  }
}
