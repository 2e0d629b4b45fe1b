import { Counter, Gauge, type Registry } from 'prom-client';
import type { InboxEvents } from '../../src/inbox/deliver-inbound.js';
import type { Platform } from '../../src/message.js';
import type { InboxStats } from '../../src/store/inbox.js';

export interface InboxMetrics {
  /** The counters one platform's inbox feeds. */
  events(platform: Platform): Required<InboxEvents>;
}

/**
 * The inbox on `/metrics`: replies owed and the oldest one's age (read from the store at each scrape, so every
 * replica reports the shared queue), records closed unanswered by reason, and retried attempts.
 */
export function registerInboxMetrics(registry: Registry, stats: () => Promise<InboxStats>, clock: () => number): InboxMetrics {
  let last: InboxStats = { pending: 0, oldestReceivedAt: null };
  const read = async (): Promise<InboxStats> => {
    last = await stats().catch(() => last);
    return last;
  };
  new Gauge({
    name: 'ml_advisor_inbox_pending',
    help: 'Messages recorded in the inbox whose reply the platform has not accepted yet.',
    registers: [registry],
    async collect() {
      this.set((await read()).pending);
    },
  });
  new Gauge({
    name: 'ml_advisor_inbox_oldest_pending_seconds',
    help: 'Age of the oldest message still owed a reply (0 when none is).',
    registers: [registry],
    async collect() {
      const { oldestReceivedAt } = await read();
      this.set(oldestReceivedAt === null ? 0 : Math.max(0, (clock() - oldestReceivedAt) / 1000));
    },
  });
  const closed = new Counter({
    name: 'ml_advisor_inbox_closed_total',
    help: 'Messages closed without a reply because they can no longer be answered, by platform and reason.',
    labelNames: ['platform', 'reason'] as const,
    registers: [registry],
  });
  const retries = new Counter({
    name: 'ml_advisor_inbox_retries_total',
    help: 'Failed attempts to send a reply that were scheduled for a retry, by platform.',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  return {
    events: (platform) => ({
      onClosed: (reason) => closed.inc({ platform, reason }),
      onRetry: () => retries.inc({ platform }),
    }),
  };
}
