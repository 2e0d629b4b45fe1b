import { z } from 'zod';
import { defaultInboxSettings, type InboxSettings } from '../../src/inbox/inbox-settings.js';

const ms = (name: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number of milliseconds`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`)
    .default(fallback);

const { leaseMs, pollMs, retry, recoveryConcurrency, recoveryPerSecond, backlogDelayMs } = defaultInboxSettings;

const count = (name: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`)
    .default(fallback);

/** The inbox's settings (see docs/storage.md): leases, polling, retry backoff and when `/healthz` says degraded. */
export const inboxEnvSchema = z.object({
  /** How long a reply being sent belongs to one replica before another may take it over. */
  INBOX_LEASE_MS: ms('INBOX_LEASE_MS', 200, 600_000, leaseMs),
  /** How often each replica looks for replies owed (a crashed replica's, or ones due for a retry). */
  INBOX_POLL_MS: ms('INBOX_POLL_MS', 50, 600_000, pollMs),
  INBOX_RETRY_MIN_MS: ms('INBOX_RETRY_MIN_MS', 10, 600_000, retry.minMs),
  INBOX_RETRY_MAX_MS: ms('INBOX_RETRY_MAX_MS', 10, 3_600_000, retry.maxMs),
  /** Backlog replies (recovered, caught up) in flight at once per platform, beside live ones. */
  INBOX_RECOVERY_CONCURRENCY: count('INBOX_RECOVERY_CONCURRENCY', 1, 100, recoveryConcurrency),
  /** Backlog replies started per second per platform: the rest of the platform's request budget stays for new questions. */
  INBOX_RECOVERY_PER_SECOND: count('INBOX_RECOVERY_PER_SECOND', 1, 1000, recoveryPerSecond),
  /** After connecting, backlog work (recovery, Discord's catch-up) waits this long: new questions go first. */
  INBOX_BACKLOG_DELAY_MS: ms('INBOX_BACKLOG_DELAY_MS', 0, 60_000, backlogDelayMs),
  /** `/healthz` says "degraded" (still 200) while the oldest reply owed is older than this. */
  INBOX_DEGRADED_AFTER_MS: ms('INBOX_DEGRADED_AFTER_MS', 1_000, 86_400_000, 120_000),
});
export type InboxEnv = z.infer<typeof inboxEnvSchema>;

/** The settings the adapters take, from the validated variables. */
export function inboxSettings(env: InboxEnv): InboxSettings {
  return {
    ...defaultInboxSettings,
    leaseMs: env.INBOX_LEASE_MS,
    pollMs: env.INBOX_POLL_MS,
    recoveryConcurrency: env.INBOX_RECOVERY_CONCURRENCY,
    recoveryPerSecond: env.INBOX_RECOVERY_PER_SECOND,
    backlogDelayMs: env.INBOX_BACKLOG_DELAY_MS,
    retry: { minMs: env.INBOX_RETRY_MIN_MS, maxMs: Math.max(env.INBOX_RETRY_MIN_MS, env.INBOX_RETRY_MAX_MS) },
  };
}
