import { describe, expect, it } from 'vitest';
import { cronProblem, digestSchedule, periodLength } from '../../../adapters/digest/digest-schedule.js';

const hour = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe('digestSchedule', () => {
  it('GIVEN the default (Mondays 09:00) in Europe/Paris THEN runs fall at 09:00 local time, winter and summer', () => {
    const schedule = digestSchedule('0 9 * * 1', 'Europe/Paris');
    expect(schedule.nextAfter(at('2026-11-25T12:00:00Z'))).toBe(at('2026-11-30T08:00:00Z'));
    expect(schedule.nextAfter(at('2026-06-10T12:00:00Z'))).toBe(at('2026-06-15T07:00:00Z'));
    expect(schedule.nextAfter(at('2026-11-30T08:00:00Z'))).toBe(at('2026-12-07T08:00:00Z'));
  });

  it('GIVEN a moment THEN the last run at or before it, and the length of the period it closed', () => {
    const schedule = digestSchedule('0 9 * * 1', 'UTC');
    const run = at('2026-11-30T09:00:00Z');
    expect(schedule.lastAtOrBefore(run)).toBe(run);
    expect(schedule.lastAtOrBefore(run + 500)).toBe(run);
    expect(schedule.lastAtOrBefore(run - 1)).toBe(run - 7 * 24 * hour);
    expect(periodLength(schedule, run + 3 * 24 * hour)).toBe(7 * 24 * hour);
    expect(periodLength(digestSchedule('0 9 * * 1,4', 'UTC'), run + hour)).toBe(4 * 24 * hour);
    // The week the clocks go back in Paris is an hour longer.
    expect(periodLength(digestSchedule('0 9 * * 1', 'Europe/Paris'), at('2026-10-26T09:00:00Z'))).toBe(7 * 24 * hour + hour);
  });

  it('GIVEN a cron of six fields THEN it runs on seconds (what the tests use)', () => {
    const schedule = digestSchedule('* * * * * *', 'UTC');
    expect(schedule.nextAfter(at('2026-11-30T09:00:00.300Z'))).toBe(at('2026-11-30T09:00:01Z'));
  });

  it.each(['', 'every monday', '30 25 * * 1', '61 9 * * 1', '15 8 * * 8', '1 2 3'])('GIVEN the cron "%s" THEN a problem naming DIGEST_CRON, without the value', (cron) => {
    const problem = cronProblem(cron);
    expect(problem).toMatch(/^DIGEST_CRON must be a cron expression of 5 fields .* "0 9 \* \* 1"/);
    if (cron) expect(problem).not.toContain(cron);
  });

  it('GIVEN a cron no date matches THEN the problem says it never runs', () => {
    expect(cronProblem('0 9 30 2 *')).toBe('DIGEST_CRON never runs (no date matches it)');
    expect(cronProblem('0 9 * * 1')).toBeUndefined();
  });
});
