import type { BackoffPolicy } from './backoff.js';

/** How the inbox leases, polls and retries; the composition root reads them from INBOX_* variables. */
export interface InboxSettings {
  /** How long a claimed (or just received) record belongs to one replica before another may take it over. */
  leaseMs: number;
  /** How often each replica looks for due records (and once at start-up). */
  pollMs: number;
  /**
   * At most this many backlog records in flight per replica and platform: recovered ones and what a catch-up
   * found. Live replies never wait for this lane, so a backlog after a restart
   * or an outage drains beside new questions instead of in front of them.
   */
  recoveryConcurrency: number;
  /**
   * At most this many backlog deliveries started per second per replica and platform. A platform's request budget
   * is shared (Discord: 50 requests a second per bot, a burst past it queues every send): a backlog sent at once
   * would hold new questions' replies behind it. This leaves them the rest of the budget.
   */
  recoveryPerSecond: number;
  /**
   * After `startRecovery` (a process that just connected), the backlog lane waits this long before its first
   * claim, and so does a Discord catch-up after a new session. The first new questions are answered by a process
   * still cold (code not yet compiled); the backlog, already late, waits a moment rather than compete with them.
   */
  backlogDelayMs: number;
  retry: BackoffPolicy;
  /** A record not answered after this long is closed as `expired` (a platform's own deadline may be sooner). */
  giveUpMs: number;
}

export const defaultInboxSettings: InboxSettings = {
  leaseMs: 60_000,
  pollMs: 5_000,
  recoveryConcurrency: 4,
  recoveryPerSecond: 10,
  backlogDelayMs: 1_000,
  retry: { minMs: 1_000, maxMs: 5 * 60_000 },
  giveUpMs: 24 * 60 * 60_000,
};
