import { plural } from '../../src/render/plural.js';
import type { Digest, DigestGap } from './build-digest.js';
import { textBar } from './text-bar.js';
import { zonedLabel, zonedTime } from './zoned-time.js';

/** How a platform marks text up. Only `user` text comes from people (gap wordings): it must be made inert. */
export interface DigestStyle {
  bold(text: string): string;
  user(text: string): string;
  /** Lines shown in a monospace block (the text bars). */
  code(lines: readonly string[]): string;
}

/** For a terminal: no markup; monospace lines indented. */
export const plainStyle: DigestStyle = {
  bold: (text) => text,
  user: (text) => text,
  code: (lines) => lines.map((line) => `  ${line}`.trimEnd()).join('\n'),
};

export interface DigestTextOptions {
  timeZone: string;
  style?: DigestStyle;
  /** Add the chart as text bars (no image: the terminal, or when the upload failed). */
  bars?: boolean;
}

const maxEntries = 8;
const maxWording = 90;
const outcomeNames: Record<string, string> = { answer: 'answered', clarify: '"did you mean"', fallback: 'unanswered', uncovered: 'no specific answer yet' };

const clip = (text: string, max = maxWording): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Whole days in `ms`, an hour either way allowed (a week across a clock change is 167 or 169 hours); else null. */
export function wholeDays(ms: number): number | null {
  const days = Math.round(ms / 86_400_000);
  return days >= 1 && Math.abs(ms - days * 86_400_000) <= 3_600_000 ? days : null;
}

/** `7 days`, `12 hours`, `30 minutes` or `5 seconds`: the length of a period. */
export function describeLength(ms: number): string {
  const days = wholeDays(ms);
  if (days !== null) return plural(days, 'day');
  const units: [number, string][] = [[3_600_000, 'hour'], [60_000, 'minute']];
  for (const [size, word] of units) if (ms >= size && ms % size === 0) return plural(ms / size, word);
  return plural(Math.round(ms / 1000), 'second');
}

/** `+4, +31%`, `-2, -50%`, `+3` (nothing before), `=`. */
export function change(count: number, previous: number): string {
  if (count === previous) return '=';
  const sign = count > previous ? '+' : '-';
  const percent = previous > 0 ? `, ${sign}${Math.round((100 * Math.abs(count - previous)) / previous)}%` : '';
  return `${sign}${Math.abs(count - previous)}${percent}`;
}

function headline(digest: Digest, options: DigestTextOptions, style: DigestStyle): string {
  const { timeZone } = options;
  const outcomes = digest.outcomes.filter((o) => o.count > 0).map((o) => `${o.count} ${outcomeNames[o.key] ?? o.key}`);
  const { handOffs, feedback } = digest;
  return [
    `${style.bold('ML Advisor digest')}: ${zonedTime(digest.since, timeZone)} → ${zonedTime(digest.until, timeZone)} (${timeZone})`,
    `${plural(digest.questions, 'question')}, ${digest.previousQuestions} in the previous ${describeLength(digest.until - digest.since)} ` +
      `(${change(digest.questions, digest.previousQuestions)})`,
    ...(outcomes.length ? [`Outcomes: ${outcomes.join(', ')}`] : []),
    `Feedback: ${feedback.up} 👍, ${feedback.down} 👎 · Hand-offs: ${handOffs.total}` +
      (handOffs.total ? `, ${handOffs.resolved} resolved (${Math.round(100 * (handOffs.resolutionRate ?? 0))}%)` : ''),
  ].join('\n');
}

function painPoints(digest: Digest, style: DigestStyle): string {
  const lines = digest.painPoints.map((p) => `• ${p.key}: ${p.count}, previously ${p.previous} (${change(p.count, p.previous)})`);
  return [`${style.bold('Questions per pain point')}`, ...(lines.length ? lines : ['(no questions in either period)'])].join('\n');
}

function gapLine(gap: DigestGap, rank: number, style: DigestStyle): string {
  const [first, ...others] = gap.wordings.map((w) => `"${style.user(clip(w))}"`);
  const also = others.length ? `, also ${others.join(', ')}` : '';
  const meToo = gap.meToo ? `, ${gap.meToo} "me too"` : '';
  return `${rank}. ${first ?? ''}${also} · ${plural(gap.people, 'person', 'people')}${meToo}${gap.painPoint ? ` · ${gap.painPoint}` : ''}`;
}

function gaps(digest: Digest, style: DigestStyle): string {
  const { top, more, hidden, minPeople } = digest.gaps;
  const lines = top.map((gap, i) => gapLine(gap, i + 1, style));
  if (more) lines.push(`and ${plural(more, 'more gap')} (see ml-advisor report)`);
  if (hidden) lines.push(`${top.length || more ? `${plural(hidden, 'more gap')}` : plural(hidden, 'gap')} from fewer than ${plural(minPeople, 'person', 'people')} each (not shown)`);
  if (!lines.length) lines.push('(none: every question found an answer)');
  return [`${style.bold('Top gaps')}: questions the knowledge did not answer, by people`, ...lines].join('\n');
}

function feedbackLines(digest: Digest, style: DigestStyle): string {
  const { entries } = digest.feedback;
  const lines = entries.slice(0, maxEntries).map((e) => `• ${e.entryId}: ${e.up} 👍, ${e.down} 👎`);
  if (entries.length > maxEntries) lines.push(`and ${plural(entries.length - maxEntries, 'more entry', 'more entries')}`);
  return [`${style.bold('Feedback per entry')}`, ...(lines.length ? lines : ['(no 👍 or 👎 this period)'])].join('\n');
}

function handOffLines(digest: Digest, style: DigestStyle): string {
  const h = digest.handOffs;
  if (h.total === 0) return `${style.bold('Hand-offs')} ("Ask a person"): none this period`;
  const median = h.medianMinutesToResolve === null ? '' : `, median ${h.medianMinutesToResolve} min to resolve`;
  const rate = `${Math.round(100 * (h.resolutionRate ?? 0))}%`;
  const perPainPoint = h.perPainPoint.map((r) => `${r.key} ${r.count}`).join(', ');
  return [
    `${style.bold('Hand-offs')} ("Ask a person"): ${h.total}, ${h.resolved} resolved (${rate})${median}`,
    `by pain point: ${perPainPoint}`,
  ].join('\n');
}

function bars(digest: Digest, options: DigestTextOptions, style: DigestStyle): string {
  const length = digest.until - digest.since;
  const max = Math.max(0, ...digest.buckets.map((b) => b.total));
  const width = String(max).length;
  const periodRows = digest.buckets.map((b) => `${zonedLabel(b.since, options.timeZone, length)}  ${String(b.total).padStart(width)} ${textBar(b.total, max, 24)}`.trimEnd());
  const current = digest.painPoints.filter((p) => p.count > 0);
  const keyWidth = Math.max(0, ...current.map((p) => p.key.length));
  const top = Math.max(0, ...current.map((p) => p.count));
  const painRows = current.map((p) => `${p.key.padEnd(keyWidth)}  ${String(p.count).padStart(String(top).length)} ${textBar(p.count, top, 24)}`.trimEnd());
  return [
    `${style.bold('Questions per period')} (the last ${digest.buckets.length}, from the start of each)`,
    style.code(periodRows),
    ...(painRows.length ? [`${style.bold('This period per pain point')}`, style.code(painRows)] : []),
  ].join('\n');
}

/**
 * The digest as text sections (join them with a blank line): headline, questions per pain point against the previous
 * period, top gaps, feedback per entry, hand-offs, and with `bars` the chart as text bars.
 */
export function renderDigest(digest: Digest, options: DigestTextOptions): string[] {
  const style = options.style ?? plainStyle;
  return [
    headline(digest, options, style),
    painPoints(digest, style),
    gaps(digest, style),
    feedbackLines(digest, style),
    handOffLines(digest, style),
    ...(options.bars ? [bars(digest, options, style)] : []),
  ];
}
