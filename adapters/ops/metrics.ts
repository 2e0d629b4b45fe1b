import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { Platform } from '../../src/message.js';
import type { Reply } from '../../src/reply.js';

/** What the adapters and the composition root record; `registry` is what `/metrics` serves. */
export interface BotMetrics {
  readonly registry: Registry;
  /** One reply the core produced for `platform`, `seconds` after the message arrived. */
  observeReply(reply: Pick<Reply, 'outcome' | 'painPoint'>, platform: Platform, seconds: number): void;
  /** A failed platform call (post, ack, gateway error, 429 given up on…). */
  countPlatformError(platform: Platform): void;
}

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event loop lag, GC); off in tests that compare exact output. */
  defaultMetrics?: boolean;
}

/** Reply latency buckets: the core answers in milliseconds; platform round trips take up to seconds. */
export const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A private registry (never prom-client's global one), so tests and several bots in one process don't collide. */
export function createMetrics(options: MetricsOptions = {}): BotMetrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const questions = new Counter({
    name: 'ml_advisor_questions_total',
    help: 'Messages answered by the core, by platform, outcome and pain point (none when there is none).',
    labelNames: ['platform', 'outcome', 'pain_point'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'ml_advisor_reply_duration_seconds',
    help: 'Seconds from receiving a message to having its reply, by platform.',
    labelNames: ['platform'] as const,
    buckets: latencyBuckets,
    registers: [registry],
  });
  const platformErrors = new Counter({
    name: 'ml_advisor_platform_errors_total',
    help: 'Failed calls to a chat platform, by platform.',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  return {
    registry,
    observeReply(reply, platform, seconds) {
      questions.inc({ platform, outcome: reply.outcome, pain_point: reply.painPoint ?? 'none' });
      if (Number.isFinite(seconds) && seconds >= 0) latency.observe({ platform }, seconds);
    },
    countPlatformError(platform) {
      platformErrors.inc({ platform });
    },
  };
}
