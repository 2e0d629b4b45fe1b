/**
 * Matcher generality on CLINC150 (150 intents + out-of-scope), "Full" protocol, through the commands a user
 * runs: `ml-advisor kb import --from train.jsonl --val val.jsonl --objective balanced --no-clarify`, then
 * `ml-advisor ask --knowledge PACK --json --batch` on the test split, each as a child process with a fresh
 * cache. natural's BayesClassifier and NLP.js run in-process on the same split, side by side. The table is
 * written to docs/benchmarks.md (one section per objective) with the date, machine and commit.
 * Usage: npm run bench:clinc [-- --only ours] [--objective accuracy|balanced|oos-recall=<x>]
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../adapters/cli/package-root.js';
import { topicIdOf } from '../adapters/cli/kb/write-pack.js';
import { loadClinc, type Pair } from './lib/clinc-data.js';
import { runBaselines, type BaselineRow } from './lib/clinc-baselines.js';
import { writeBenchmarks } from './lib/benchmarks-doc.js';
import { fmt } from './lib/percentiles.js';

const root = packageRoot();
const data = loadClinc(root);
const flag = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const only = flag('--only');
/** The calibration objective our row is imported with (`--objective`, default balanced); always one answer per question. */
const objectiveName = flag('--objective') ?? 'balanced';
// What the `ml-advisor` bin runs: the bundle (rolldown.config.js), built by `npm run build`.
const main = path.join(root, 'dist', 'bundle', 'ml-advisor.js');
const jsonl = (pairs: Pair[]): string => pairs.map(([text, label]) => JSON.stringify({ text, label })).join('\n') + '\n';

const work = await mkdtemp(path.join(os.tmpdir(), 'clinc-user-path-'));
try {
  const env = { ...process.env, ML_ADVISOR_CACHE_DIR: path.join(work, 'cache'), LOG_LEVEL: 'warn' };
  const run = (args: string[], input?: string): { out: string; s: number } => {
    const t = performance.now();
    const out = execFileSync(process.execPath, [main, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28, ...(input === undefined ? {} : { input }) });
    return { out, s: (performance.now() - t) / 1000 };
  };
  await writeFile(path.join(work, 'train.jsonl'), jsonl(data.train));
  await writeFile(path.join(work, 'val.jsonl'), jsonl([...data.val, ...data.oos_val.map(([t]): Pair => [t, 'oos'])]));
  const objective = ['--objective', objectiveName, '--no-clarify'];
  const questions = [...data.test, ...data.oos_test];
  /** Our row through the user's path: import (with `extra` options) into a fresh pack, then ask the test split. */
  const userPath = (extra: string[]): { row: BaselineRow; calibrated: string; firstS: number; log: string } => {
    const pack = path.join(work, `pack${extra.join('')}`);
    const imported = run(['kb', 'import', '--from', path.join(work, 'train.jsonl'), '--val', path.join(work, 'val.jsonl'), '--out', pack, ...objective, ...extra]);
    const first = run(['ask', '--knowledge', pack, '--json', data.test[0]![0]]);
    const asked = run(['ask', '--knowledge', pack, '--json', '--batch'], questions.map(([t]) => t.replace(/\n/g, ' ')).join('\n') + '\n');
    const replies = asked.out.trim().split('\n').map((l) => JSON.parse(l) as { outcome: string; painPoint: string | null });
    if (replies.length !== questions.length) throw new Error(`asked ${questions.length} questions, got ${replies.length} replies`);
    let right = 0;
    let rejected = 0;
    questions.forEach(([, label], i) => {
      const r = replies[i]!;
      if (label === 'oos') rejected += r.outcome === 'fallback' ? 1 : 0;
      else right += r.outcome === 'answer' && r.painPoint === topicIdOf(label) ? 1 : 0;
    });
    const row: BaselineRow = {
      name: `ml-advisor (kb import --objective ${objectiveName}${extra.length ? ` ${extra.join(' ')}` : ''} + ask)`,
      inScope: right / data.test.length,
      oos: rejected / data.oos_test.length,
      trainS: imported.s,
      ms: (asked.s * 1000) / questions.length,
    };
    const calibrated = (imported.out.split('\n').find((l) => l.startsWith('calibrated')) ?? '').replace(/^calibrated on \S+: /, '');
    return { row, calibrated, firstS: first.s, log: `${imported.out}first \`ask --knowledge\` after import: ${fmt(first.s, 2)} s (whole process)\n` };
  };
  const plain = userPath([]);
  const vectors = userPath(['--vectors']);
  process.stdout.write(plain.log + vectors.log);
  const ours = [plain.row, vectors.row];
  const rows = [...ours, ...(only === 'ours' ? [] : await runBaselines(data))];
  const table = [
    `| matcher | in-scope accuracy | oos recall | train s | ms/question |`,
    `|---|---:|---:|---:|---:|`,
    ...rows.map((r) => `| ${r.name} | ${fmt(100 * r.inScope, 1)}% | ${fmt(100 * r.oos, 1)}% | ${fmt(r.trainS, 1)} | ${fmt(r.ms, 3)} |`),
  ];
  process.stdout.write(`\n${table.join('\n')}\n`);
  await writeBenchmarks(root, {
    title: `CLINC150 (Full protocol), objective ${objectiveName}`,
    command: `npm run bench:clinc -- ${only ? `--only ${only} ` : ''}--objective ${objectiveName}`,
    lines: [
      `Train ${data.train.length} lines, validation ${data.val.length} + ${data.oos_val.length} out-of-scope, test ${data.test.length} in-scope + ${data.oos_test.length} out-of-scope.`,
      '',
      `Our rows are the user's path: \`kb import --from train.jsonl --val val.jsonl --out pack ${objective.join(' ')}\` (train s = the whole import, training and calibration), then \`ask --knowledge pack --json --batch\` on the test split (ms/question = the whole batch process over the questions); the second row imports with \`--vectors\` (pretrained word vectors beside the words). ` +
        `The first \`ask --knowledge\` after the import took ${fmt(plain.firstS, 2)} s and ${fmt(vectors.firstS, 2)} s with word vectors (whole process, index restored from the import's cache).`,
      '',
      `Calibration: ${plain.calibrated}`,
      '',
      `With word vectors: ${vectors.calibrated}`,
      '',
      'Baselines run in-process with a confidence threshold picked on the same validation lines for the most lines right.',
      '',
      ...table,
    ],
  });
} finally {
  await rm(work, { recursive: true, force: true });
}
