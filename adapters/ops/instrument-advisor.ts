import type { Advisor } from '../../src/advisor.js';
import type { BotMetrics } from './metrics.js';

/**
 * The same advisor, timing every `handle` call and recording its outcome: wrap once at the composition root and
 * every adapter is measured without knowing about metrics. A core failure is rethrown unrecorded (the adapter
 * boundary logs it).
 */
export function instrumentAdvisor(advisor: Advisor, metrics: Pick<BotMetrics, 'observeReply'>, now: () => number = performance.now.bind(performance)): Advisor {
  return {
    index: advisor.index,
    channelMode: (platform, channelId) => advisor.channelMode(platform, channelId),
    followsThread: (message) => advisor.followsThread(message),
    async handle(message) {
      const started = now();
      const reply = await advisor.handle(message);
      metrics.observeReply(reply, message.platform, (now() - started) / 1000);
      return reply;
    },
  };
}
