import type { Logger } from 'pino';
import type { InboxStats } from '../../src/store/inbox.js';
import type { Readiness } from './health.js';

/** Refreshes `/healthz`'s inbox figures every `intervalMs` (and at once); returns a stop function. */
export function watchInbox(
  stats: () => Promise<InboxStats>,
  readiness: Pick<Readiness, 'setInbox'>,
  options: { intervalMs: number; clock: () => number; logger: Logger },
): () => void {
  let failing = false;
  const tick = async (): Promise<void> => {
    try {
      const { pending, oldestReceivedAt } = await stats();
      readiness.setInbox(pending, oldestReceivedAt === null ? 0 : options.clock() - oldestReceivedAt);
      failing = false;
    } catch (err) {
      if (!failing) options.logger.warn({ err }, 'cannot read the inbox figures for /healthz');
      failing = true;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
