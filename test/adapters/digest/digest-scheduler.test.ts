import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { digestSchedule } from '../../../adapters/digest/digest-schedule.js';
import { digestKey, startDigestScheduler, type DigestScheduler } from '../../../adapters/digest/digest-scheduler.js';
import { recordingPoster, type RecordingPoster } from '../../fakes/digest-poster.js';
import { digestStore, type DigestStore } from '../../fakes/digest-store.js';
import { capturingLogger } from '../../fakes/slack-harness.js';
import { silentLogger } from '../../fakes/test-advisor.js';

const hour = 3_600_000;
const run = Date.parse('2026-11-30T08:00:00Z'); // Monday 09:00 in Paris
const schedule = digestSchedule('0 9 * * 1', 'Europe/Paris');

describe('the digest scheduler', () => {
  let store: DigestStore;
  const started: DigestScheduler[] = [];
  const start = (poster: RecordingPoster, logger = silentLogger(), owner = 'replica') => {
    const scheduler = startDigestScheduler({ poster, channel: 'C0DIGEST1', schedule, store, minPeople: 3, logger, owner });
    started.push(scheduler);
    return scheduler;
  };
  beforeEach(() => {
    vi.useFakeTimers();
    store = digestStore();
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.stop()));
    vi.useRealTimers();
  });

  it('GIVEN two replicas sharing a store at a run THEN exactly one posts, for the week that ended, and the other finds it claimed', async () => {
    vi.setSystemTime(run - 1_500);
    const [a, b] = [recordingPoster(), recordingPoster()];
    const logs = capturingLogger();
    start(a, logs.logger, 'a');
    start(b, logs.logger, 'b');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(a.posts.length + b.posts.length).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    const posts = [...a.posts, ...b.posts];
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: 'C0DIGEST1', message: { key: 'slack:2026-11-30T09:00', timeZone: 'Europe/Paris', digest: { since: run - 7 * 24 * hour, until: run } } });
    expect(logs.lines.filter((l) => l.msg === 'digest already claimed by another replica or shard')).toHaveLength(1);
    expect([...store.claims.keys()]).toEqual(['slack:2026-11-30T09:00']);
    // A week later, the next run: again one post.
    await vi.advanceTimersByTimeAsync(7 * 24 * hour);
    expect([...a.posts, ...b.posts].map((p) => p.message.key)).toEqual(['slack:2026-11-30T09:00', 'slack:2026-12-07T09:00']);
  });

  it('GIVEN replicas started two hours after a run nobody claimed THEN that run is posted late, once', async () => {
    vi.setSystemTime(run + 2 * hour);
    const [a, b] = [recordingPoster(), recordingPoster()];
    start(a);
    start(b);
    await vi.advanceTimersByTimeAsync(10);
    expect([...a.posts, ...b.posts].map((p) => p.message.key)).toEqual(['slack:2026-11-30T09:00']);
  });

  it('GIVEN a replica started two days after a run THEN that period has no digest; the next run comes as usual', async () => {
    vi.setSystemTime(run + 48 * hour);
    const poster = recordingPoster();
    start(poster);
    await vi.advanceTimersByTimeAsync(10);
    expect(poster.posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5 * 24 * hour);
    expect(poster.posts.map((p) => p.message.key)).toEqual(['slack:2026-12-07T09:00']);
  });

  it('GIVEN a Discord shard that cannot see the channel THEN it neither claims nor posts; the shard that can does', async () => {
    vi.setSystemTime(run + 48 * hour);
    const [elsewhere, here] = [recordingPoster('discord'), recordingPoster('discord')];
    elsewhere.reachable = false;
    expect(await start(elsewhere).run(run)).toBe('not-here');
    expect(await start(here).run(run)).toBe('image');
    expect(here.posts.map((p) => p.message.key)).toEqual(['discord:2026-11-30T09:00']);
  });

  it('GIVEN the post fails THEN the error is logged and the period is not posted again; the next run still comes', async () => {
    vi.setSystemTime(run - 500);
    const poster = recordingPoster();
    poster.fail = new Error('platform down');
    const logs = capturingLogger();
    start(poster, logs.logger);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(logs.lines.find((l) => l.msg === 'digest not posted')).toMatchObject({ level: 50, period: 'slack:2026-11-30T09:00' });
    await vi.advanceTimersByTimeAsync(7 * 24 * hour);
    expect(poster.posts.map((p) => p.message.key)).toEqual(['slack:2026-12-07T09:00']);
  });

  it('GIVEN stop() THEN no run after it', async () => {
    vi.setSystemTime(run - 500);
    const poster = recordingPoster();
    await start(poster).stop();
    await vi.advanceTimersByTimeAsync(14 * 24 * hour);
    expect(poster.posts).toHaveLength(0);
  });

  it('GIVEN a run time and a zone THEN the claim key is the run in that zone, per platform', () => {
    expect(digestKey('slack', run, 'Europe/Paris')).toBe('slack:2026-11-30T09:00');
    expect(digestKey('discord', run, 'UTC')).toBe('discord:2026-11-30T08:00');
    expect(digestKey('slack', run + 5_000, 'UTC')).toBe('slack:2026-11-30T08:00:05');
  });
});
