import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Store } from '../../src/store/store.js';
import type { Reporting } from '../store/reporting.js';
import { zonedStamp } from '../report/zoned-time.js';
import type { DigestDelivery, DigestPoster } from './digest-poster.js';
import type { DigestSchedule } from './digest-schedule.js';
import { readDigest } from './read-digest.js';

export interface DigestSchedulerOptions {
  poster: DigestPoster;
  channel: string;
  schedule: DigestSchedule;
  store: Pick<Store, 'claimDigest'> & Reporting;
  /** GAP_MIN_PEOPLE. */
  minPeople: number;
  logger: Logger;
  clock?: () => number;
  /** Who claims (in the `digests` table, for whoever looks): host and process by default. */
  owner?: string;
  /**
   * How late a run missed while no replica was up may still be posted, on start-up: half a period, at most a day, by
   * default. Later than that, that period has no digest (the next run comes as usual).
   */
  lateLimitMs?: number;
}

/** What one run did. */
export type DigestRun = DigestDelivery | 'claimed-elsewhere' | 'not-here' | 'failed';

export interface DigestScheduler {
  /** Runs the digest due at `tick` (a run of the schedule): the same steps as the timer's. */
  run(tick: number): Promise<DigestRun>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

const day = 86_400_000;
/** The timer wakes at least this often, so a changed wall clock is noticed. */
const maxSleepMs = 10 * 60_000;

/** The claim's key: one per platform and scheduled run, e.g. `slack:2026-11-30T09:00` (the run's time in DIGEST_TZ). */
export function digestKey(platform: string, tick: number, timeZone: string): string {
  return `${platform}:${zonedStamp(tick, timeZone)}`;
}

/**
 * Posts the digest at each run of the schedule. Every replica and shard runs one; at a run each that can reach the
 * channel builds the digest, then claims the run in the store (`claimDigest`: one winner per key across replicas) and
 * only the winner posts: at most one digest per run and platform. On start, a run missed within `lateLimitMs` is run
 * late (the claim keeps it to one, also when several replicas start). A winner that dies before posting loses that
 * period's digest: it is not retried.
 */
export function startDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const { poster, channel, schedule, store } = options;
  const clock = options.clock ?? Date.now;
  const owner = options.owner ?? `${hostname()}/${process.pid}`;
  const logger = options.logger.child({ component: 'digest', platform: poster.platform });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  const periodStart = (tick: number): number => schedule.lastAtOrBefore(tick - 1) ?? tick - 7 * day;

  async function run(tick: number): Promise<DigestRun> {
    const key = digestKey(poster.platform, tick, schedule.timeZone);
    if (!poster.canPost(channel)) {
      logger.debug({ period: key }, 'digest channel not reachable from here; another shard posts it');
      return 'not-here';
    }
    try {
      // Claimed first: only the winner reads the period's rows and draws the chart.
      if (!(await store.claimDigest(key, owner, clock()))) {
        logger.info({ period: key }, 'digest already claimed by another replica or shard');
        return 'claimed-elsewhere';
      }
      const message = await readDigest(store, { since: periodStart(tick), until: tick }, { minPeople: options.minPeople, timeZone: schedule.timeZone, key });
      const delivery = await poster.post(channel, message);
      logger.info({ period: key, delivery, questions: message.digest.questions }, 'digest posted');
      return delivery;
    } catch (err) {
      logger.error({ err, period: key }, 'digest not posted');
      return 'failed';
    }
  }

  const enqueue = (tick: number): void => {
    chain = chain.then(() => run(tick));
  };

  let next = schedule.nextAfter(clock());
  const arm = (): void => {
    if (stopped || next === null) return;
    timer = setTimeout(wake, Math.min(maxSleepMs, Math.max(0, next - clock())));
    timer.unref();
  };
  const wake = (): void => {
    if (next !== null && clock() >= next) {
      enqueue(next);
      next = schedule.nextAfter(next);
    }
    arm();
  };

  const now = clock();
  const missed = schedule.lastAtOrBefore(now);
  if (missed !== null) {
    const lateLimit = options.lateLimitMs ?? Math.min(day, (missed - periodStart(missed)) / 2);
    if (now - missed <= lateLimit) enqueue(missed);
  }
  arm();
  logger.info({ channel, cron: schedule.cron, timeZone: schedule.timeZone, next: next === null ? null : new Date(next).toISOString() }, 'digest scheduled');

  return {
    run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await chain;
    },
  };
}
