import type { Logger } from 'pino';
import type { LearningEnv } from '../config/learning-env.js';
import type { DigestPoster } from './digest-poster.js';
import { digestSchedule } from './digest-schedule.js';
import { startDigestScheduler, type DigestScheduler, type DigestSchedulerOptions } from './digest-scheduler.js';

/**
 * The digest of one platform, from the DIGEST_* settings: scheduled when that platform's channel is set and a poster
 * is at hand (a sharded Discord's posters are in its shard processes); undefined otherwise.
 */
export function startDigest(
  config: LearningEnv,
  poster: DigestPoster | undefined,
  deps: { store: DigestSchedulerOptions['store']; logger: Logger; clock?: () => number },
): DigestScheduler | undefined {
  const channel = poster?.platform === 'slack' ? config.DIGEST_SLACK_CHANNEL : poster?.platform === 'discord' ? config.DIGEST_DISCORD_CHANNEL : undefined;
  if (!poster || !channel) return undefined;
  return startDigestScheduler({
    poster,
    channel,
    schedule: digestSchedule(config.DIGEST_CRON, config.DIGEST_TZ),
    store: deps.store,
    minPeople: config.GAP_MIN_PEOPLE,
    logger: deps.logger,
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
}
