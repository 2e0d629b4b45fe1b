import { plural } from '../../src/render/plural.js';
import type { CountRow, Report } from './build-report.js';
import { textBar } from './text-bar.js';

const day = (at: number): string => new Date(at).toISOString().slice(0, 10);
const percent = (n: number, total: number): string => (total === 0 ? '0%' : `${Math.round((100 * n) / total)}%`);
const quote = (text: string, max = 90): string => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

function chart(rows: readonly CountRow[], total: number): string[] {
  const keyWidth = Math.max(...rows.map((r) => r.key.length), 0);
  const max = Math.max(...rows.map((r) => r.count), 0);
  const countWidth = String(max).length;
  return rows.map(
    (r) => `  ${r.key.padEnd(keyWidth)}  ${String(r.count).padStart(countWidth)} ${percent(r.count, total).padStart(4)}  ${textBar(r.count, max)}`.trimEnd(),
  );
}

function handOffLines(report: Report): string[] {
  const { handOffs } = report;
  const lines = ['Questions per channel mode', ...(report.channelModes.length ? chart(report.channelModes, report.questions) : ['  (no questions in this period)'])];
  lines.push('', 'Hand-offs to a person ("Ask a person")');
  if (handOffs.total === 0) return [...lines, '  (none in this period)'];
  const rate = handOffs.resolutionRate === null ? 'n/a' : percent(handOffs.resolved, handOffs.total);
  const median = handOffs.medianMinutesToResolve === null ? 'n/a' : `${handOffs.medianMinutesToResolve} min`;
  lines.push(`  ${plural(handOffs.total, 'hand-off')}, ${handOffs.resolved} resolved (${rate}), median time to resolution ${median}`);
  lines.push(...chart(handOffs.perPainPoint, handOffs.total));
  return lines;
}

/** The report as text for a terminal or a chat message: plain lines, bars drawn with block characters. */
export function renderReport(report: Report): string {
  const lines: string[] = [
    `ml-advisor report: ${day(report.since)} to ${day(report.until)}`,
    `${plural(report.questions, 'question')}, ${report.feedback.total} feedback (${report.feedback.up} 👍, ${report.feedback.down} 👎)`,
    '',
    'Questions per pain point',
    ...(report.painPoints.length ? chart(report.painPoints, report.questions) : ['  (no questions in this period)']),
    '',
    'Outcomes',
    ...chart(report.outcomes, report.questions),
    '',
    'Knowledge gaps: unanswered questions grouped by similarity',
  ];
  if (report.gaps.length === 0 && report.gapsWithoutText === 0) lines.push('  (none: every question got an answer)');
  for (const gap of report.gaps.slice(0, 20)) {
    lines.push(`  ${String(gap.count).padStart(3)}× ${quote(gap.representative)}`);
    for (const variant of gap.variants.slice(0, 3)) lines.push(`        also ${quote(variant, 80)}`);
    if (gap.variants.length > 3) lines.push(`        and ${gap.variants.length - 3} more wordings`);
  }
  if (report.gaps.length > 20) lines.push(`  … and ${report.gaps.length - 20} smaller groups (see --json)`);
  if (report.gapsWithoutText > 0) lines.push(`  ${report.gapsWithoutText} unanswered without text (question logging is off)`);
  lines.push('', 'Uncovered: questions under a known pain point that no entry answers yet');
  if (report.uncovered.length === 0) lines.push('  (none)');
  for (const row of report.uncovered) {
    lines.push(`  ${row.painPoint}: ${plural(row.count, 'question')}`);
    for (const group of row.groups.slice(0, 10)) lines.push(`    ${String(group.count).padStart(3)}× ${quote(group.representative, 80)}`);
    if (row.groups.length > 10) lines.push(`    … and ${row.groups.length - 10} smaller groups (see --json)`);
    if (row.withoutText > 0) lines.push(`    ${row.withoutText} without text (question logging is off)`);
  }
  lines.push('', `"Me too": ${plural(report.meToo.votes, 'vote')} on knowledge gaps`);
  for (const gap of report.meToo.gaps.slice(0, 10)) lines.push(`  ${String(gap.votes).padStart(3)}× me too, ${plural(gap.people, 'person', 'people')}: ${quote(gap.representative, 80)}`);
  lines.push('', ...handOffLines(report));
  lines.push('', 'Feedback per entry');
  if (report.feedback.entries.length === 0) lines.push('  (no feedback in this period)');
  const idWidth = Math.max(...report.feedback.entries.map((e) => e.entryId.length), 0);
  for (const entry of report.feedback.entries) {
    lines.push(`  ${entry.entryId.padEnd(idWidth)}  👍 ${entry.up}  👎 ${entry.down}`);
    for (const comment of entry.comments.slice(0, 5)) lines.push(`      missed: ${quote(comment, 80)}`);
  }
  return `${lines.join('\n')}\n`;
}
