import { Cron } from 'croner';

/** When digests are due: the runs of a cron expression in a time zone (croner does the calendar). */
export interface DigestSchedule {
  readonly cron: string;
  readonly timeZone: string;
  /** The first run strictly after `at`; null when the expression never runs again. */
  nextAfter(at: number): number | null;
  /** The latest run at or before `at`; null when there is none. */
  lastAtOrBefore(at: number): number | null;
}

/** Five fields (minute hour day-of-month month day-of-week), or six with seconds first (tests tick every second). */
const cronOptions = (timeZone: string) => ({ timezone: timeZone, mode: '5-or-6-parts' as const, paused: true });

/** Why `cron` cannot schedule digests (a message naming the variable, without its value), or undefined when it can. */
export function cronProblem(cron: string, variable = 'DIGEST_CRON'): string | undefined {
  try {
    const job = new Cron(cron, cronOptions('UTC'));
    if (!job.nextRun()) return `${variable} never runs (no date matches it)`;
    return undefined;
  } catch {
    // croner's message quotes the expression: not repeated, as no setting's value is.
    return `${variable} must be a cron expression of 5 fields (minute hour day-of-month month day-of-week), e.g. "0 9 * * 1" for Mondays at 09:00`;
  }
}

export function digestSchedule(cron: string, timeZone: string): DigestSchedule {
  const job = new Cron(cron, cronOptions(timeZone));
  return {
    cron,
    timeZone,
    nextAfter: (at) => job.nextRun(new Date(at))?.getTime() ?? null,
    // previousRuns strips milliseconds and looks strictly before its reference: a second later finds a run at `at`.
    lastAtOrBefore: (at) => job.previousRuns(1, new Date(Math.floor(at / 1000) * 1000 + 1000))[0]?.getTime() ?? null,
  };
}

/** The length of the period the run at or before `at` closed: the time since the run before it (a week by default). */
export function periodLength(schedule: DigestSchedule, at: number): number {
  const last = schedule.lastAtOrBefore(at);
  const before = last === null ? null : schedule.lastAtOrBefore(last - 1);
  return last !== null && before !== null ? last - before : 7 * 86_400_000;
}
