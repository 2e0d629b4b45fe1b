/**
 * `npm run bench:labels` — how far two people agree on the pain-point labels of real questions, and the advisor
 * against each of them. `test/eval/second-labels/real-dev.jsonl` holds a second labeller's label for every real-dev
 * line (keyed by source URL), given blind: from the question's text and `docs/knowledge-map.md` only, without the
 * first label or the advisor's reply. Human agreement is the ceiling a matcher can be expected to reach against one
 * labeller; the advisor's figures on the lines both labellers agree on show how much of its misses is ambiguity.
 * The advisor is the shipped pack, asked through `ml-advisor ask --json --batch` as a user would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { packageRoot } from '../adapters/cli/package-root.js';
import { OOS_LABEL, parseLabelledLines } from '../src/evaluation/labelled-question.js';
import { askBatch } from './lib/ask-batch.js';

const root = packageRoot();
const devFile = path.join(root, 'test', 'eval', 'real-dev.jsonl');
const secondFile = path.join(root, 'test', 'eval', 'second-labels', 'real-dev.jsonl');

const secondSchema = z.object({ source: z.string().url(), label: z.string(), sure: z.boolean() });
const dev = parseLabelledLines(readFileSync(devFile, 'utf8'), devFile);
const second = new Map(
  readFileSync(secondFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => secondSchema.parse(JSON.parse(line)))
    .map((s) => [s.source, s]),
);
// Lines added to real-dev after the second labelling have no second label: they are left out and counted.
const lines = dev.flatMap((q) => {
  const other = q.source ? second.get(q.source) : undefined;
  return other ? [{ first: q.label, second: other.label, sure: other.sure, text: q.text }] : [];
});

// The decision is the pain point, or oos for a fallback.
const decided = askBatch(root, lines.map((l) => l.text)).map((r) =>
  r.outcome === 'answer' ? (r.painPoint ?? '?') : r.outcome === 'fallback' ? OOS_LABEL : r.outcome,
);

const share = (hits: number, of: number): string => `${((100 * hits) / Math.max(1, of)).toFixed(1)}% (${hits}/${of})`;
const count = <T>(items: readonly T[], test: (item: T) => boolean): number => items.filter(test).length;
type Line = (typeof lines)[number] & { advisor: string };
const all: Line[] = lines.map((l, i) => ({ ...l, advisor: decided[i]! }));
/** In-scope accuracy and out-of-scope declines of the advisor against one labeller, over some lines. */
const against = (items: readonly Line[], label: (l: Line) => string): string => {
  const inScope = items.filter((l) => label(l) !== OOS_LABEL);
  const out = items.filter((l) => label(l) === OOS_LABEL);
  return `in scope ${share(count(inScope, (l) => l.advisor === label(l)), inScope.length)}, out of scope declined ${share(count(out, (l) => l.advisor === OOS_LABEL), out.length)}`;
};

const firstIn = all.filter((l) => l.first !== OOS_LABEL);
const firstOut = all.filter((l) => l.first === OOS_LABEL);
const sure = all.filter((l) => l.sure);
const agreed = all.filter((l) => l.first === l.second);
const report = [
  `Real-dev, ${all.length} lines with a second label (${dev.length - all.length} without); second labeller unsure of ${all.length - sure.length}`,
  `labellers agree:                         ${share(agreed.length, all.length)}`,
  `  on the lines the second was sure of:   ${share(count(sure, (l) => l.first === l.second), sure.length)}`,
  `  first says in scope, same pain point:  ${share(count(firstIn, (l) => l.second === l.first), firstIn.length)}`,
  `  first says out of scope, second too:   ${share(count(firstOut, (l) => l.second === OOS_LABEL), firstOut.length)}`,
  `advisor against the first labeller:      ${against(all, (l) => l.first)}`,
  `advisor against the second labeller:     ${against(all, (l) => l.second)}`,
  `advisor where both labellers agree:      ${against(agreed, (l) => l.first)}`,
  `advisor agrees with either labeller:     ${share(count(all, (l) => l.advisor === l.first || l.advisor === l.second), all.length)}`,
];
process.stdout.write(`${report.join('\n')}\n`);
