import type { EscalationRow, QuestionRow } from '../store/reporting.js';

export interface CountRow {
  key: string;
  count: number;
}

/** "Ask a person" in the period: how many, per pain point, how many were resolved and how fast. */
export interface HandOffSummary {
  total: number;
  resolved: number;
  /** Resolved ÷ total, 0–1; null when there were none. */
  resolutionRate: number | null;
  /** Median time from hand-off to "Mark resolved", in minutes; null when none was resolved. */
  medianMinutesToResolve: number | null;
  /** Hand-offs per pain point, most first; `(none)` for a thread that had no pain point yet. */
  perPainPoint: CountRow[];
}

/** The label for questions asked outside a channel (DMs, `/ml-start`, the terminal). */
export const notInChannel = '(not in a channel)';

const byCountThenKey = (a: CountRow, b: CountRow): number => b.count - a.count || a.key.localeCompare(b.key);

function countBy<T>(items: readonly T[], key: (item: T) => string): CountRow[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, count]) => ({ key: k, count })).sort(byCountThenKey);
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Questions per channel mode (`mention`, `auto`, `confident`, or not in a channel), most first. */
export function questionsPerChannelMode(questions: readonly QuestionRow[]): CountRow[] {
  return countBy(questions, (q) => q.channelMode ?? notInChannel);
}

export function summariseHandOffs(rows: readonly EscalationRow[]): HandOffSummary {
  const resolved = rows.filter((r) => r.resolvedAt !== null);
  const minutes = median(resolved.map((r) => ((r.resolvedAt ?? r.at) - r.at) / 60_000));
  return {
    total: rows.length,
    resolved: resolved.length,
    resolutionRate: rows.length ? resolved.length / rows.length : null,
    medianMinutesToResolve: minutes === null ? null : Math.round(minutes * 10) / 10,
    perPainPoint: countBy(rows, (r) => r.painPoint ?? '(none)'),
  };
}
