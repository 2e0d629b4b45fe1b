/**
 * `npm run bench:seeds [-- --knowledge DIR] [-- --seeds 7,1007] [-- --keep 0.5] [-- --keep-oos 0.5]` — how much the
 * real-question figures move with the training seed alone. For each seed the index is trained on the knowledge, its
 * thresholds calibrated on real-dev (as `kb calibrate` does), and real-dev, real-eval, eval-set, holdout-set and
 * dev-set answered through the advisor. Prints in-scope accuracy / out-of-scope declined per seed and the means. A
 * change worth keeping should beat the spread. `--keep` / `--keep-oos` train on only that fraction of the in-scope /
 * out-of-scope examples: a learning curve (would more examples of that kind still help?). `--ensemble N` averages N models
 * (consecutive seeds from each seed) in both classifiers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { packageRoot } from '../adapters/cli/package-root.js';
import { createAdvisor } from '../src/advisor.js';
import { calibrate } from '../src/evaluation/calibrate.js';
import { evaluate } from '../src/evaluation/evaluate.js';
import { inferEntries } from '../src/evaluation/infer-entry.js';
import { parseLabelledLines, type LabelledQuestion } from '../src/evaluation/labelled-question.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { buildIndex } from '../src/match/knowledge-index.js';
import { defaultTrainOptions } from '../src/match/softmax-model.js';
import { MemoryStore } from '../src/store/memory-store.js';
import { thinExamples } from './lib/thin-examples.js';

const root = packageRoot();
const option = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const loaded = await loadKnowledge(path.resolve(option('knowledge', path.join(root, 'knowledge'))));
const fraction = (name: string): number => {
  const value = Number(option(name, '1'));
  if (!(value > 0 && value <= 1)) throw new Error(`--${name} takes a fraction in (0, 1], not ${option(name, '1')}`);
  return value;
};
const knowledge = thinExamples(loaded, fraction('keep'), fraction('keep-oos'));
const seeds = option('seeds', '7,1007,2007,3007,4007,5007').split(',').map(Number);
const ensemble = Number(option('ensemble', '0'));
const read = (name: string): LabelledQuestion[] => {
  const file = path.join(root, 'test', 'eval', `${name}.jsonl`);
  return inferEntries(parseLabelledLines(readFileSync(file, 'utf8'), file), knowledge.entries);
};
const dev = read('real-dev');
// Lines named with an entry weigh as `kb calibrate` weighs them.
const named = dev.filter((l) => l.entry !== undefined).length;
const calibration = dev.map((l) => (l.entry === undefined ? l : { ...l, weight: 100 / named }));
const sets: Array<[string, LabelledQuestion[]]> = [
  ['real-dev', dev],
  ...['real-eval', 'eval-set', 'holdout-set', 'dev-set'].map((name): [string, LabelledQuestion[]] => [name, read(name)]),
];
const logger = pino({ level: 'silent' });
const figures = new Map<string, Array<[number, number]>>();
const pct = (n: number): string => n.toFixed(1);

for (const seed of seeds) {
  const index = buildIndex(knowledge, { train: { ...defaultTrainOptions, seed }, ...(ensemble > 0 ? { ensemble } : {}) });
  index.thresholds = calibrate(index, calibration).thresholds;
  const advisor = createAdvisor({ knowledge, index, store: new MemoryStore(), logger, settings: { rateLimit: null, logQuestions: false } });
  let n = 0;
  const row: string[] = [];
  for (const [name, items] of sets) {
    const report = await evaluate(items, async (text) => ({
      reply: await advisor.handle({ platform: 'cli', kind: 'dm', text, userId: 'seeds', conversationId: `seeds-${++n}` }),
      text: '',
    }));
    const pair: [number, number] = [(100 * report.inScope.correct) / report.inScope.total, (100 * report.outOfScope.correct) / report.outOfScope.total];
    figures.set(name, [...(figures.get(name) ?? []), pair]);
    row.push(`${name} ${pct(pair[0])} / ${pct(pair[1])}`);
    if (report.entries.total > 0) {
      const entry: [number, number] = [(100 * report.entries.addressed) / report.entries.total, (100 * report.entries.different) / report.entries.total];
      figures.set(`${name} entry level`, [...(figures.get(`${name} entry level`) ?? []), entry]);
      row.push(`(entry ${pct(entry[0])} / ${pct(entry[1])})`);
    }
  }
  process.stdout.write(`seed ${seed}: ${row.join('   ')}\n`);
}
for (const [name, pairs] of figures) {
  const mean = (k: 0 | 1): string => pct(pairs.reduce((s, p) => s + p[k], 0) / pairs.length);
  const range = (k: 0 | 1): string => `${pct(Math.min(...pairs.map((p) => p[k])))}–${pct(Math.max(...pairs.map((p) => p[k])))}`;
  const [first, second] = name.endsWith('entry level') ? ['addressed', 'different'] : ['in scope', 'out of scope declined'];
  process.stdout.write(`${name}: ${first} mean ${mean(0)} (${range(0)}), ${second} mean ${mean(1)} (${range(1)})\n`);
}
