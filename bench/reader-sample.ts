/**
 * What a reader makes of the replies, the figure no automatic metric gives. Two steps:
 *
 *   npm run bench:reader -- --draw --set real-eval --in-scope 100 --out-of-scope 30 --seed 7 --out sample.jsonl
 *     draws a random sample of a real-question set, asks the shipped pack (`ask --json --batch`, as a user would)
 *     and writes one line per question for a reader: {"source", "question", "reply"}, shuffled, without labels.
 *   npm run bench:reader -- --summarise test/eval/judgements/real-eval-2026-11-30.jsonl
 *     reads a reader's verdicts ({"source", "label", "verdict", "shouldAnswer"}) and prints the shares the issue
 *     asks for: helpful or partly, a different question, unhelpful, declined; in scope and out of scope apart.
 *
 * Verdicts: `helpful`, `partly` (the right area, general or missing the specific point), `different` (presents
 * itself as the answer to another question), `unhelpful`, `declined` (with `shouldAnswer`). See test/eval/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { packageRoot } from '../adapters/cli/package-root.js';
import { OOS_LABEL, parseLabelledLines } from '../src/evaluation/labelled-question.js';
import { mulberry32 } from '../src/match/seeded-random.js';
import { askBatch } from './lib/ask-batch.js';

const root = packageRoot();
const { values } = parseArgs({
  options: {
    draw: { type: 'boolean' },
    summarise: { type: 'string' },
    set: { type: 'string', default: 'real-eval' },
    'in-scope': { type: 'string', default: '100' },
    'out-of-scope': { type: 'string', default: '30' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string' },
  },
});

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function draw(): void {
  if (!values.out) throw new Error('--draw needs --out FILE.jsonl');
  const file = path.join(root, 'test', 'eval', `${values.set}.jsonl`);
  const lines = parseLabelledLines(readFileSync(file, 'utf8'), file).filter((l) => l.source);
  const next = mulberry32(Number(values.seed));
  const pick = (inScope: boolean, n: number) => shuffled(lines.filter((l) => (l.label !== OOS_LABEL) === inScope), next).slice(0, n);
  const sample = shuffled([...pick(true, Number(values['in-scope'])), ...pick(false, Number(values['out-of-scope']))], next);
  const replies = askBatch(root, sample.map((l) => l.text)).map((r) => r.text);
  writeFileSync(values.out, sample.map((l, i) => JSON.stringify({ source: l.source, question: l.text, reply: replies[i] })).join('\n') + '\n');
  process.stdout.write(`wrote ${sample.length} questions and replies for a reader to ${values.out}\n`);
}

const verdictSchema = z.object({
  source: z.string(),
  label: z.string(),
  verdict: z.enum(['helpful', 'partly', 'different', 'unhelpful', 'declined']),
  shouldAnswer: z.boolean().nullish(),
});

function summarise(file: string): void {
  const verdicts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = verdictSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
  const share = (n: number, of: number): string => `${Math.round((100 * n) / Math.max(1, of))}% (${n}/${of})`;
  for (const [name, group] of [
    ['in scope', verdicts.filter((v) => v.label !== OOS_LABEL)],
    ['out of scope', verdicts.filter((v) => v.label === OOS_LABEL)],
  ] as const) {
    const count = (verdict: string) => group.filter((v) => v.verdict === verdict).length;
    process.stdout.write(
      `${name} (${group.length}): helpful or partly ${share(count('helpful') + count('partly'), group.length)}, helpful ${share(count('helpful'), group.length)}, ` +
        `a different question ${share(count('different'), group.length)}, unhelpful ${share(count('unhelpful'), group.length)}, ` +
        `declined ${share(count('declined'), group.length)} (the reader would have answered ${group.filter((v) => v.verdict === 'declined' && v.shouldAnswer).length})\n`,
    );
  }
}

if (values.summarise) summarise(values.summarise);
else if (values.draw) draw();
else throw new Error('usage: npm run bench:reader -- --draw --out FILE.jsonl [--set real-eval] | --summarise VERDICTS.jsonl');
