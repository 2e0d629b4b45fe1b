import type { SlackDeps } from './slack-deps.js';

/**
 * True the first time an `event_id` is seen. Bolt runs listeners again for Slack's retries
 * (`X-Slack-Retry-Num`, Socket Mode `retry_attempt`), so every event listener asks this first.
 * The store is shared by replicas and forgets ids after `dedupeTtlMs`.
 */
export async function isFirstDelivery(deps: SlackDeps, eventId: string | undefined): Promise<boolean> {
  if (!eventId) return true;
  const now = deps.clock();
  return deps.store.markEvent(`slack:${eventId}`, now, now + deps.dedupeTtlMs);
}
