/** A moment's calendar fields in a time zone. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** Whether `timeZone` is an IANA zone this runtime knows (e.g. `Europe/Paris`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    format(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar fields of `at` (epoch ms) in `timeZone`. */
export function zonedParts(at: number, timeZone: string): ZonedParts {
  const parts = Object.fromEntries(format(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  const n = (key: string): number => Number(parts[key] ?? 0);
  return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour'), minute: n('minute'), second: n('second') };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-30T09:00` (and `:ss` when the seconds are not 0) in `timeZone`. */
export function zonedStamp(at: number, timeZone: string): string {
  const p = zonedParts(at, timeZone);
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}${p.second ? `:${two(p.second)}` : ''}`;
}

/** `2026-11-30 09:00` in `timeZone` (`09:00:05` when the seconds are not 0). */
export function zonedTime(at: number, timeZone: string): string {
  return zonedStamp(at, timeZone).replace('T', ' ');
}

/** A short label for a chart bar: `11-30` for periods of a day or more, else `09:00` (`09:00:05` under a minute). */
export function zonedLabel(at: number, timeZone: string, periodMs: number): string {
  const p = zonedParts(at, timeZone);
  if (periodMs >= 86_400_000) return `${two(p.month)}-${two(p.day)}`;
  return `${two(p.hour)}:${two(p.minute)}${periodMs < 60_000 ? `:${two(p.second)}` : ''}`;
}
