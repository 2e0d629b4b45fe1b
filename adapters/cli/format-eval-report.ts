import type { ContextCheck } from '../../src/evaluation/context-check.js';
import { ratio, type EvalReport, type Tally } from '../../src/evaluation/evaluate.js';

const pct = (t: Tally): string => `${(100 * ratio(t)).toFixed(1).padStart(5)}% (${t.correct}/${t.total})`;

/** The eval command's text output: per-label accuracy, the headline figures, a confusion table. */
export function formatEvalReport(file: string, report: EvalReport, withMisses: boolean, context?: ContextCheck, surroundings: Record<string, EvalReport> = {}): string {
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
  const e = report.entries;
  if (e.total > 0) {
    const share = (n: number): string => `${((100 * n) / e.total).toFixed(1).padStart(5)}% (${n}/${e.total})`;
    lines.push(
      '',
      'Entry level (in-scope lines labelled with their entry, or none yet):',
      `  addresses the question (right entry, or an honest "no specific answer yet"): ${share(e.addressed + e.honest)}`,
      `    right entry ${e.addressed}, honest pain-point level ${e.honest}`,
      `  answers a different question (another entry):                               ${share(e.different)}`,
      `  pain-point level although an entry exists:                                   ${share(e.missed)}`,
      `    of which the right entry was shown as the nearest answer: ${e.nearestRight}, offered as a choice: ${e.offeredRight}`,
      `  a nearest answer shown that is not the expected entry (hedged):              ${share(e.nearestOther)}`,
      `  declined (fallback, clarify, or the wrong pain point):                       ${share(e.declined)}`,
    );
  }
  if (context) {
    const of = (n: number): string => pct({ correct: n, total: context.lines });
    lines.push(
      '',
      `Long messages (${context.lines} in-scope lines with context around the question; right pain point):`,
      `  asked whole, with the context: ${of(context.withContext)}`,
      `  the question part alone:       ${of(context.questionAlone)}`,
    );
    if (withMisses) for (const m of context.lostToContext) lines.push(`  lost to context [${m.label}] ${m.text.slice(0, 160)}`);
  }
  for (const [what, wrapped] of Object.entries(surroundings)) {
    lines.push(
      '',
      `${what}, against the lines as they are:`,
      `  in-scope accuracy:      ${pct(wrapped.inScope)} against ${pct(report.inScope)}`,
      `  out-of-scope rejection: ${pct(wrapped.outOfScope)} against ${pct(report.outOfScope)}`,
      `  right entry:            ${wrapped.entries.addressed} against ${report.entries.addressed}`,
    );
  }
  if (withMisses && report.entryMisses.length) {
    lines.push('', 'Entry-level misses:');
    for (const m of report.entryMisses) lines.push(`  [${m.expected ?? '(none yet)'} → ${m.got}] ${m.text.slice(0, 160)}`);
  }
  if (withMisses && report.misses.length) {
    lines.push('', 'Misses:');
    for (const m of report.misses) lines.push(`  [${m.label} → ${m.got}${m.missing ? `; missing ${m.missing.join(', ')}` : ''}] ${m.text}`);
  }
  return `${lines.join('\n')}\n`;
}
