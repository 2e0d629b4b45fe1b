import type { Report } from './build-report.js';

const header = ['section', 'key', 'count', 'up', 'down', 'detail'];

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula-looking text is defused. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table for spreadsheets: a `section` column tells pain points, outcomes, gaps and feedback apart. */
export function renderCsv(report: Report): string {
  const rows: (string | number)[][] = [
    ...report.painPoints.map((r) => ['pain_point', r.key, r.count, '', '', '']),
    ...report.outcomes.map((r) => ['outcome', r.key, r.count, '', '', '']),
    ...report.gaps.map((g) => ['gap', g.representative, g.count, '', '', g.variants.join(' | ')]),
    ...(report.gapsWithoutText > 0 ? [['gap', '(text not logged)', report.gapsWithoutText, '', '', '']] : []),
    ...report.uncovered.flatMap((u) => u.groups.map((g) => ['uncovered', g.representative, g.count, '', '', [u.painPoint, ...g.variants].join(' | ')])),
    ...report.channelModes.map((r) => ['channel_mode', r.key, r.count, '', '', '']),
    ...report.meToo.gaps.map((g) => ['me_too', g.representative, g.votes, '', '', `${g.people} people`]),
    ...report.handOffs.perPainPoint.map((r) => ['hand_off', r.key, r.count, '', '', '']),
    ...(report.handOffs.total > 0
      ? [['hand_off_resolved', 'all', report.handOffs.resolved, '', '', `median ${report.handOffs.medianMinutesToResolve ?? 'n/a'} min`]]
      : []),
    ...report.feedback.entries.map((e) => ['feedback', e.entryId, e.up + e.down, e.up, e.down, e.comments.join(' | ')]),
  ];
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
