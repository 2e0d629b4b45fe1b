/**
 * The core's speed and memory on the shipped knowledge: cold start (load + train, or load + restore from the
 * cache), per-question latency p50/p99 and throughput on one core (in a process that restores the index, as a
 * service does, with npm start's Node flags: bench/latency-run.ts), peak RSS, and a whole `ml-advisor ask` process. Usage: npm run bench [-- --questions 20000]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageRoot } from '../adapters/cli/package-root.js';
import { parseLabelledLines } from '../src/evaluation/labelled-question.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { decodeIndex, encodeIndex } from '../src/match/index-snapshot.js';
import { buildIndex } from '../src/match/knowledge-index.js';
import { writeBenchmarks } from './lib/benchmarks-doc.js';
import { fmt, percentile } from './lib/percentiles.js';
import { serviceNodeFlags } from './lib/service-node-flags.js';

const root = packageRoot();
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg('questions', 20_000);
const report: string[] = [];
const out = (line: string): void => {
  report.push(line);
  process.stdout.write(`${line}\n`);
};

const t0 = performance.now();
const knowledge = await loadKnowledge(path.join(root, 'knowledge'));
const t1 = performance.now();
// Questions are asked in another process that restores this snapshot (bench/latency-run.ts), as a service does.
const trained = (): { snapshot: Uint8Array; t2: number } => {
  const built = buildIndex(knowledge);
  return { t2: performance.now(), snapshot: encodeIndex(built) };
};
const { snapshot, t2 } = trained();
const t3 = performance.now();
const index = decodeIndex(knowledge, snapshot);
const t4 = performance.now();
if (!index) throw new Error('the snapshot did not restore');
out(`cold start: load knowledge ${fmt(t1 - t0, 0)} ms, train index ${fmt(t2 - t1, 0)} ms, restore from cache ${fmt(t4 - t3, 0)} ms (${fmt(snapshot.byteLength / 1e6, 1)} MB snapshot)`);

out(`peak RSS of the training process: ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);

const temp = mkdtempSync(path.join(tmpdir(), 'ml-advisor-bench-'));
const snapshotFile = path.join(temp, 'index.bin');
writeFileSync(snapshotFile, snapshot);
try {
  const latencyRun = path.join(root, 'dist', 'bench', 'latency-run.js');
  // With the flags the service runs with (npm start, the Dockerfile), then with Node's defaults for comparison.
  const flags = serviceNodeFlags(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const measure = (nodeFlags: string[]): string[] =>
    execFileSync(process.execPath, [...nodeFlags, latencyRun, snapshotFile, '--questions', String(total)], { encoding: 'utf8' }).trim().split('\n');
  for (const line of measure(flags)) out(`${line}${flags.length > 0 ? ` (node ${flags.join(' ')}, as npm start)` : ''}`);
  if (flags.length > 0) for (const line of measure([])) out(`${line} (Node's default flags)`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

// What the `ml-advisor` bin runs: the bundle (rolldown.config.js), built by `npm run build`.
const main = path.join(root, 'dist', 'bundle', 'ml-advisor.js');
execFileSync(process.execPath, [main, 'ask', 'warm the cache'], { stdio: 'ignore' });
const runs: number[] = [];
let askRss = 0;
for (let i = 0; i < 5; i++) {
  const a = performance.now();
  execFileSync(process.execPath, [main, 'ask', '--json', 'how much does the cheapest notebook cost?'], { stdio: 'ignore' });
  runs.push(performance.now() - a);
}
// GNU time reports the child's peak RSS in KB and its wall time in s (absent on some machines: then n/a).
const timedRun = (args: string[], input?: string): { rssMb: number; seconds: number } => {
  const timed = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, main, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...(input === undefined ? {} : { input }) });
  const [kb, seconds] = timed.status === 0 ? timed.stderr.trim().split('\n').pop()!.split(' ').map(Number) : [NaN, NaN];
  return { rssMb: kb! / 1024, seconds: seconds! };
};
askRss = timedRun(['ask', 'hello']).rssMb;
out(`whole \`ml-advisor ask\` process (cached index): median ${fmt(percentile(runs, 50), 0)} ms of 5 runs, peak RSS ${fmt(askRss, 0)} MB`);
const batch = parseLabelledLines(readFileSync(path.join(root, 'test', 'eval', 'dev-set.jsonl'), 'utf8'), 'dev-set').map((q) => q.text.replace(/\n/g, ' '));
const lines = Array.from({ length: total }, (_, i) => batch[i % batch.length]!).join('\n') + '\n';
const batchRun = timedRun(['ask', '--json', '--batch'], lines);
out(`\`ml-advisor ask --json --batch\` over ${total} lines: peak RSS ${fmt(batchRun.rssMb, 0)} MB, ${fmt(batchRun.seconds, 1)} s`);
out('targets: p99 ≤ 0.5 ms, ≥ 5,000 questions/s, ask ≤ 0.4 s and ≤ 110 MB, a 20,000-line batch ≤ 120 MB');
await writeBenchmarks(root, {
  title: 'Core speed and memory (shipped knowledge)',
  command: `npm run bench${total === 20_000 ? '' : ` -- --questions ${total}`}`,
  lines: report.map((line) => `- ${line}`),
});
