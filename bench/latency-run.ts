/**
 * Per-question latency and throughput of the core, in a process of its own that restores the index from a
 * snapshot file as a service does (so the training's garbage is not collected during the measurement).
 * Usage (from core-bench): node dist/bench/latency-run.js SNAPSHOT --questions N
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { readSnapshot } from '../adapters/cli/index-cache.js';
import { packageRoot } from '../adapters/cli/package-root.js';
import { warmUp } from '../adapters/cli/warm-up.js';
import { createAdvisor } from '../src/advisor.js';
import { parseLabelledLines } from '../src/evaluation/labelled-question.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { decodeIndex } from '../src/match/index-snapshot.js';
import { MemoryStore } from '../src/store/memory-store.js';
import { fmt, percentile } from './lib/percentiles.js';

const root = packageRoot();
const snapshotFile = process.argv[2];
const at = process.argv.indexOf('--questions');
const total = at > 0 ? Number(process.argv[at + 1]) : 20_000;
if (!snapshotFile) throw new Error('usage: latency-run SNAPSHOT [--questions N]');

const knowledge = await loadKnowledge(path.join(root, 'knowledge'));
const index = decodeIndex(knowledge, readSnapshot(snapshotFile));
if (!index) throw new Error(`${snapshotFile} is not a snapshot of this knowledge`);

const questions = ['eval-set', 'dev-set'].flatMap((name) =>
  parseLabelledLines(readFileSync(path.join(root, 'test', 'eval', `${name}.jsonl`), 'utf8'), name).map((q) => q.text),
);
questions.push('tell me more', 'x'.repeat(50_000), `${'how do we start with ML? '.repeat(400)}`, '<!channel> @everyone hi');
const advisor = createAdvisor({ knowledge, index, store: new MemoryStore(), logger: pino({ level: 'silent' }), settings: { rateLimit: null } });
// As the service's start-up does (adapters/cli/warm-up.ts), before any question is timed.
await warmUp(knowledge, advisor, {}, pino({ level: 'silent' }));
for (let i = 0; i < 500; i++) await advisor.handle({ platform: 'cli', kind: 'dm', text: questions[i % questions.length]!, userId: 'warm', conversationId: `w${i}` });
const latencies: number[] = [];
const start = performance.now();
for (let i = 0; i < total; i++) {
  const q0 = performance.now();
  await advisor.handle({ platform: 'cli', kind: 'dm', text: questions[i % questions.length]!, userId: `u${i % 50}`, conversationId: `c${i % 500}` });
  latencies.push(performance.now() - q0);
}
const seconds = (performance.now() - start) / 1000;
const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
out(`latency over ${total} questions (${questions.length} distinct): p50 ${fmt(percentile(latencies, 50))} ms, p99 ${fmt(percentile(latencies, 99))} ms, max ${fmt(Math.max(...latencies), 1)} ms`);
out(`throughput (one core, one after another): ${fmt(total / seconds, 0)} questions/s`);
out(`peak RSS of the answering process: ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
