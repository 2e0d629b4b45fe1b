const units: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

export type SinceResult = { ok: true; since: number } | { ok: false; problem: string };

/** `30d`, `12h`, `2w` (back from now) or a date `2026-01-31` (UTC midnight) into epoch milliseconds. */
export function parseSince(value: string, now: number): SinceResult {
  const relative = /^(\d{1,5})([hdw])$/.exec(value.trim());
  if (relative) {
    const [, amount, unit] = relative;
    return { ok: true, since: now - Number(amount) * (units[unit as string] ?? 0) };
  }
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value.trim())) {
    const at = Date.parse(value.trim());
    if (Number.isFinite(at) && at <= now) return { ok: true, since: at };
  }
  return { ok: false, problem: `--since takes a duration like 30d, 12h or 2w, or a past date like 2026-01-31 (got "${value}")` };
}
