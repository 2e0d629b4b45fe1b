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
  retry: BackoffPolicy;
  /** A record not answered after this long is closed as `expired` (a platform's own deadline may be sooner). */
  giveUpMs: number;
}

export const defaultInboxSettings: InboxSettings = {
  leaseMs: 60_000,
  pollMs: 5_000,
  recoveryConcurrency: 4,
  retry: { minMs: 1_000, maxMs: 5 * 60_000 },
  giveUpMs: 24 * 60 * 60_000,
};
