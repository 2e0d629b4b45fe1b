import { ratio, type EvalReport, type Tally } from '../../src/evaluation/evaluate.js';

const pct = (t: Tally): string => `${(100 * ratio(t)).toFixed(1).padStart(5)}% (${t.correct}/${t.total})`;

/** The eval command's text output: per-label accuracy, the headline figures, a confusion table. */
export function formatEvalReport(file: string, report: EvalReport, withMisses: boolean): string {
  const labels = [...report.perLabel.keys()];
  const width = Math.max(...labels.map((l) => l.length), 12);
  const lines = [`Evaluation on ${file}`, '', 'Accuracy per label:'];
  for (const label of labels) lines.push(`  ${label.padEnd(width)}  ${pct(report.perLabel.get(label)!)}`);
  lines.push(
    '',
    `In-scope accuracy (answer, right pain point): ${pct(report.inScope)}`,
    `Out-of-scope rejection (fallback):            ${pct(report.outOfScope)}`,
    `Smalltalk recognised:                         ${pct(report.smalltalk)}`,
    `Answers containing the fact asked for:        ${pct(report.facts)}`,
    '',
    'Confusion (rows: label; columns: what the advisor did):',
  );
  const columns = [...new Set([...labels, 'clarify', 'fallback', 'smalltalk', ...[...report.confusion.values()].flatMap((r) => [...r.keys()])])];
  const short = (s: string): string => s.slice(0, 8).padStart(8);
  lines.push(`  ${''.padEnd(width)} ${columns.map(short).join(' ')}`);
  for (const label of labels) {
    const row = report.confusion.get(label) ?? new Map<string, number>();
    lines.push(`  ${label.padEnd(width)} ${columns.map((c) => String(row.get(c) ?? '.').padStart(8)).join(' ')}`);
  }
  if (withMisses && report.misses.length) {
    lines.push('', 'Misses:');
    for (const m of report.misses) lines.push(`  [${m.label} → ${m.got}${m.missing ? `; missing ${m.missing.join(', ')}` : ''}] ${m.text}`);
  }
  return `${lines.join('\n')}\n`;
}
