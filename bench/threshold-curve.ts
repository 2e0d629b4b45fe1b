/**
 * `npm run bench:curve [-- --knowledge DIR] [-- --against DIR] [-- --seeds 7,1007,2007] [-- --keep 0.5] [-- --keep-oos 0.5]`
 * — does a change make the matcher tell in scope from out of scope better, or only move where it draws the line?
 * For each training seed the index is trained and every real-dev and real-eval line decided at answer thresholds from
 * 0.10 to 0.60; the curves are averaged over the seeds. Prints each set's curve (in scope / out of scope declined) and,
 * with `--against`, both packs' in scope at the same shares declined, the best either reaches over answer thresholds
 * and out-of-scope ratios from 1 to 5 (so two packs calibrated to different ratios compare fairly): a
 * better matcher has more in scope at the same declines; more out-of-scope examples alone move the point along the
 * same curve.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../adapters/cli/package-root.js';
import { RATIO_GRID } from '../src/evaluation/calibrate.js';
import { parseLabelledLines, type LabelledQuestion } from '../src/evaluation/labelled-question.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { buildIndex } from '../src/match/knowledge-index.js';
import { defaultTrainOptions } from '../src/match/softmax-model.js';
import { frontier, inScopeAt, meanCurve, THRESHOLDS, thresholdCurve, type CurvePoint } from './lib/threshold-curve.js';
import { thinExamples } from './lib/thin-examples.js';

const root = packageRoot();
const option = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const seeds = option('seeds', '7,1007,2007').split(',').map(Number);
const sets: Array<[string, LabelledQuestion[]]> = ['real-dev', 'real-eval'].map((name) => {
  const file = path.join(root, 'test', 'eval', `${name}.jsonl`);
  return [name, parseLabelledLines(readFileSync(file, 'utf8'), file)];
});

/** The out-of-scope ratios the frontier spans: calibration's, and beyond, so that a pack that declines more at ratio 2 still reaches the answering end. */
const CURVE_RATIOS = [...RATIO_GRID, 3, 5];

/** Per set: the curve at the pack's own ratio, and the frontier over the ratios of `CURVE_RATIOS` (means over the seeds). */
async function curves(dir: string): Promise<Map<string, { own: CurvePoint[]; best: CurvePoint[] }>> {
  const knowledge = thinExamples(await loadKnowledge(path.resolve(dir)), Number(option('keep', '1')), Number(option('keep-oos', '1')));
  const ratios = [undefined, ...CURVE_RATIOS];
  const bySet = new Map<string, CurvePoint[][][]>();
  for (const seed of seeds) {
    const index = buildIndex(knowledge, { train: { ...defaultTrainOptions, seed } });
    for (const [name, lines] of sets) {
      const perRatio = ratios.map((ratio) => thresholdCurve(index, lines, THRESHOLDS, ratio ?? index.thresholds.outOfScopeRatio));
      bySet.set(name, [...(bySet.get(name) ?? []), perRatio]);
    }
  }
  return new Map(
    [...bySet].map(([name, bySeed]) => {
      const means = ratios.map((_, r) => meanCurve(bySeed.map((perRatio) => perRatio[r]!)));
      return [name, { own: means[0]!, best: frontier(means) }];
    }),
  );
}

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const pct = (n: number | null): string => (n === null ? '  —  ' : n.toFixed(1).padStart(5));
const main = option('knowledge', path.join(root, 'knowledge'));
const against = option('against', '');
const mine = await curves(main);
const theirs = against ? await curves(against) : null;
out(`seeds ${seeds.join(', ')}; in scope / out of scope declined (%) by answer threshold`);
for (const [name, { own, best: curve }] of mine) {
  out(`${name} ${main}: ${own.filter((_, i) => i % 2 === 0).map((p) => `${p.answer.toFixed(2)} ${pct(p.inScope)}/${pct(p.declined)}`).join(' · ')}`);
  const theirCurves = theirs?.get(name);
  if (!theirCurves) continue;
  const other = theirCurves.best;
  out(`${name} ${against}: ${theirCurves.own.filter((_, i) => i % 2 === 0).map((p) => `${p.answer.toFixed(2)} ${pct(p.inScope)}/${pct(p.declined)}`).join(' · ')}`);
  const levels = [...new Set([...curve, ...other].map((p) => Math.round(p.declined / 5) * 5))].sort((a, b) => a - b);
  out(`${name} in scope at the same declines, the best over answer thresholds and out-of-scope ratios ${CURVE_RATIOS.join(', ')} (${main} | ${against}):`);
  for (const level of levels) out(`  ${String(level).padStart(3)}% declined: ${pct(inScopeAt(curve, level))} | ${pct(inScopeAt(other, level))}`);
}
