/**
 * Matcher generality on CLINC150 (150 intents + out-of-scope), "Full" protocol: a pack is built from the train
 * split with `kb import` (thresholds calibrated on val + oos_val), then the test split is answered. natural's
 * BayesClassifier and NLP.js run on the same split, side by side. Usage: npm run bench:clinc [-- --only ours]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../adapters/cli/package-root.js';
import { topicIdOf, writePack } from '../adapters/cli/kb/write-pack.js';
import { saveThresholds } from '../adapters/cli/kb/save-thresholds.js';
import { calibrate } from '../src/evaluation/calibrate.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { buildIndex } from '../src/match/knowledge-index.js';
import { decide, matchQuestion, scoreQuestion } from '../src/match/match-question.js';
import { loadClinc, type Pair } from './lib/clinc-data.js';
import { fmt } from './lib/percentiles.js';
import { runBaselines } from './lib/clinc-baselines.js';

const data = loadClinc(packageRoot());
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const toLines = (pairs: Pair[]) => pairs.map(([text, label]) => ({ text, label }));

const out = await mkdtemp(path.join(os.tmpdir(), 'clinc-pack-'));
try {
  const t0 = performance.now();
  await writePack(toLines(data.train), out, 'clinc150', '2026-11-29');
  const knowledge = await loadKnowledge(out);
  const index = buildIndex(knowledge);
  const t1 = performance.now();
  // CLINC's protocol takes one answer per query, with no "did you mean…" back: calibrate with no clarify floor.
  const calibration = calibrate(index, [...toLines(data.val), ...data.oos_val.map(([text]) => ({ text, label: 'oos' }))], topicIdOf, 0);
  await saveThresholds(out, calibration);
  index.thresholds = calibration.thresholds;
  const t2 = performance.now();
  let right = 0;
  for (const [text, label] of data.test) {
    const r = matchQuestion(index, text);
    if (r.outcome === 'answer' && r.candidate.painPoint === topicIdOf(label)) right++;
  }
  let rejected = 0;
  for (const [text] of data.oos_test) if (matchQuestion(index, text).outcome === 'fallback') rejected++;
  const t3 = performance.now();
  const perQuestion = (t3 - t2) / (data.test.length + data.oos_test.length);
  const rows = [
    {
      name: 'ml-advisor (tf-idf + softmax, kb import)',
      inScope: right / data.test.length,
      oos: rejected / data.oos_test.length,
      trainS: (t1 - t0) / 1000,
      ms: perQuestion,
    },
  ];
  process.stdout.write(
    `CLINC150 full: train ${data.train.length}, test ${data.test.length} in-scope + ${data.oos_test.length} oos\n` +
      `ml-advisor thresholds from val: answer ≥ ${calibration.thresholds.answer}, clarify margin ${calibration.thresholds.clarifyMargin} ` +
      `(on val: in-scope ${fmt(100 * calibration.inScope, 1)}%, oos ${fmt(100 * calibration.outOfScope, 1)}%; calibration ${fmt((t2 - t1) / 1000, 1)} s)\n`,
  );
  // The trade-off on the test split, described (not tuned on): the calibrated point is marked.
  const scoredTest = data.test.map(([text, label]) => ({ label, s: scoreQuestion(index, text) }));
  const scoredOos = data.oos_test.map(([text]) => scoreQuestion(index, text));
  process.stdout.write('operating points on test (answer threshold → in-scope accuracy / oos recall):\n');
  for (const answer of [...new Set([0.02, 0.06, 0.1, calibration.thresholds.answer, 0.2, 0.3])].sort((a, b) => a - b)) {
    const t = { answer, clarifyMargin: calibration.thresholds.clarifyMargin };
    const inScope = scoredTest.filter(({ label, s }) => {
      const r = decide(s, t);
      return r.outcome === 'answer' && r.candidate.painPoint === topicIdOf(label);
    }).length;
    const oos = scoredOos.filter((s) => decide(s, t).outcome === 'fallback').length;
    const mark = answer === calibration.thresholds.answer ? '  ← calibrated on val' : '';
    process.stdout.write(`  ${answer.toFixed(2)} → ${fmt((100 * inScope) / data.test.length, 1)}% / ${fmt((100 * oos) / data.oos_test.length, 1)}%${mark}\n`);
  }
  if (only !== 'ours') rows.push(...(await runBaselines(data)));
  process.stdout.write(`\n${'matcher'.padEnd(44)} ${'in-scope'.padStart(9)} ${'oos recall'.padStart(11)} ${'train s'.padStart(8)} ${'ms/q'.padStart(7)}\n`);
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(44)} ${`${fmt(100 * r.inScope, 1)}%`.padStart(9)} ${`${fmt(100 * r.oos, 1)}%`.padStart(11)} ${fmt(r.trainS, 1).padStart(8)} ${fmt(r.ms, 3).padStart(7)}\n`,
    );
  }
} finally {
  await rm(out, { recursive: true, force: true });
}
