/**
 * The core's speed and memory on the shipped knowledge: cold start (load + train, or load + restore from the
 * cache), per-question latency p50/p99 and throughput on one core, peak RSS, and a whole `ml-advisor ask`
 * process. Usage: npm run bench [-- --questions 20000]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { packageRoot } from '../adapters/cli/package-root.js';
import { createAdvisor } from '../src/advisor.js';
import { parseLabelledLines } from '../src/evaluation/labelled-question.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { decodeIndex, encodeIndex } from '../src/match/index-snapshot.js';
import { buildIndex } from '../src/match/knowledge-index.js';
import { MemoryStore } from '../src/store/memory-store.js';
import { fmt, percentile } from './lib/percentiles.js';

const root = packageRoot();
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg('questions', 20_000);
const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const t0 = performance.now();
const knowledge = await loadKnowledge(path.join(root, 'knowledge'));
const t1 = performance.now();
const index = buildIndex(knowledge);
const t2 = performance.now();
const snapshot = encodeIndex(index);
const t3 = performance.now();
decodeIndex(knowledge, snapshot);
const t4 = performance.now();
out(`cold start: load knowledge ${fmt(t1 - t0, 0)} ms, train index ${fmt(t2 - t1, 0)} ms, restore from cache ${fmt(t4 - t3, 0)} ms (${fmt(snapshot.byteLength / 1e6, 1)} MB snapshot)`);

const questions = ['eval-set', 'dev-set'].flatMap((name) =>
  parseLabelledLines(readFileSync(path.join(root, 'test', 'eval', `${name}.jsonl`), 'utf8'), name).map((q) => q.text),
);
questions.push('tell me more', 'x'.repeat(50_000), `${'how do we start with ML? '.repeat(400)}`, '<!channel> @everyone hi');
const advisor = createAdvisor({
  knowledge,
  index,
  store: new MemoryStore(),
  logger: pino({ level: 'silent' }),
  settings: { rateLimit: null },
});
for (let i = 0; i < 500; i++) await advisor.handle({ platform: 'cli', kind: 'dm', text: questions[i % questions.length]!, userId: 'warm', conversationId: `w${i}` });
const latencies: number[] = [];
const start = performance.now();
for (let i = 0; i < total; i++) {
  const q0 = performance.now();
  await advisor.handle({ platform: 'cli', kind: 'dm', text: questions[i % questions.length]!, userId: `u${i % 50}`, conversationId: `c${i % 500}` });
  latencies.push(performance.now() - q0);
}
const seconds = (performance.now() - start) / 1000;
out(`latency over ${total} questions (${questions.length} distinct): p50 ${fmt(percentile(latencies, 50))} ms, p99 ${fmt(percentile(latencies, 99))} ms, max ${fmt(Math.max(...latencies), 1)} ms`);
out(`throughput (one core, one after another): ${fmt(total / seconds, 0)} questions/s`);
out(`peak RSS of this process: ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);

const main = path.join(root, 'dist', 'adapters', 'cli', 'main.js');
execFileSync(process.execPath, [main, 'ask', 'warm the cache'], { stdio: 'ignore' });
const runs: number[] = [];
let askRss = 0;
for (let i = 0; i < 5; i++) {
  const a = performance.now();
  execFileSync(process.execPath, [main, 'ask', '--json', 'how much does the cheapest notebook cost?'], { stdio: 'ignore' });
  runs.push(performance.now() - a);
}
// GNU time reports the child's peak RSS in KB (absent on some machines: then n/a).
const timed = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, main, 'ask', 'hello'], { encoding: 'utf8' });
askRss = timed.status === 0 ? Number(timed.stderr.trim().split('\n').pop()) / 1024 : NaN;
out(`whole \`ml-advisor ask\` process (cached index): median ${fmt(percentile(runs, 50), 0)} ms of 5 runs, peak RSS ${fmt(askRss, 0)} MB`);
out('targets: p99 ≤ 1 ms, ≥ 5,000 questions/s, ask ≤ 1 s, peak RSS ≤ 150 MB');
