import type { Logger } from 'pino';
import type { Purging } from './reporting.js';

export interface PurgeSchedule {
  /** Rows older than this are deleted. */
  retentionMs: number;
  /** How often to purge; the first purge runs at once. */
  intervalMs: number;
  clock: () => number;
}

/** Runs `purge` now and then every interval, without keeping the process alive. Returns a stop function. */
export function schedulePurge(store: Purging, schedule: PurgeSchedule, logger: Logger): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const tick = (): void => {
    running = (async () => {
      const now = schedule.clock();
      try {
        const removed = await store.purge(now - schedule.retentionMs, now);
        logger.debug({ removed }, 'store purged');
      } catch (err) {
        logger.error({ err }, 'store purge failed');
      }
    })();
  };
  tick();
  const timer = setInterval(tick, schedule.intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
