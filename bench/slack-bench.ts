/**
 * `npm run bench:slack` — the Slack adapter in HTTP mode against the fake Web API on 127.0.0.1: a steady stream of
 * signed `app_mention` events (some redelivered with X-Slack-Retry-Num) for SLACK_BENCH_SECONDS (default 30) at
 * SLACK_BENCH_RATE events/s (default 200). Reports events/s, ack latency, event→chat.postMessage latency, lost
 * and duplicate replies. Targets: 200 events/s held, ack p99 ≤ 50 ms, reply p99 ≤ 100 ms, 0 lost, 0 duplicates.
 * A warm-up (SLACK_BENCH_WARMUP / --warmup, default 2 s, same rate) runs first: its latencies are reported
 * apart; lost and duplicate replies count it too. Also: `node dist/bench/slack-bench.js --seconds=5 --rate=200`.
 */
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createAdvisor } from '../src/advisor.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { MemoryStore } from '../src/store/memory-store.js';
import { slackEnvSchema } from '../adapters/slack/slack-env.js';
import { startSlack } from '../adapters/slack/start-slack.js';
import { FakeSlack, fakeIds, type RecordedCall } from '../test/fakes/fake-slack.js';
import { sendSigned } from '../test/fakes/slack-signed-request.js';
import { percentile, readBenchArgs, sleep } from '../test/fakes/slack-bench-support.js';

const args = readBenchArgs(process.argv.slice(2), process.env);
const secret = 'bench-signing-secret-0123456789';
const knowledgeDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../knowledge');

interface Sent {
  at: number;
  warmup: boolean;
  replies: number;
  replyAt?: number;
}

async function main(): Promise<void> {
  const knowledge = await loadKnowledge(knowledgeDir);
  const questions = knowledge.entries.flatMap((e) => e.examples);
  const store = new MemoryStore();
  const logger = pino({ level: 'warn' }, pino.destination(2));
  const advisor = createAdvisor({ knowledge, store, logger });
  const fake = await FakeSlack.start();
  const env = slackEnvSchema.parse({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl, PORT: '0' });
  const slack = await startSlack({ env, advisor, store, logger, host: '127.0.0.1', retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 100 } });
  const url = `http://127.0.0.1:${slack.port ?? 0}/slack/events`;
  const agent = new Agent({ keepAlive: true, maxSockets: 128 });

  const sent = new Map<string, Sent>();
  fake.on('call', (call: RecordedCall) => {
    if (call.method !== 'chat.postMessage') return;
    const entry = sent.get(String(call.args.thread_ts));
    if (!entry) return;
    entry.replies += 1;
    entry.replyAt ??= performance.now();
  });

  const acks: number[] = [];
  const warmupAcks: number[] = [];
  let badAcks = 0;
  let deliveries = 0;
  const inFlight = new Set<Promise<void>>();
  const deliver = (body: string, retryNum: number, warmup: boolean): void => {
    const started = performance.now();
    if (!warmup) deliveries += 1;
    const run = sendSigned(url, { secret, body, agent, ...(retryNum ? { retryNum } : {}) })
      .then((res) => {
        (warmup ? warmupAcks : acks).push(performance.now() - started);
        if (res.status !== 200) badAcks += 1;
      })
      .catch(() => void (badAcks += 1))
      .finally(() => inFlight.delete(run));
    inFlight.add(run);
  };

  const warmupEvents = Math.round(args.warmup * args.rate);
  const total = Math.round(args.seconds * args.rate);
  const interval = 1000 / args.rate;
  const w0 = performance.now();
  let t0 = w0;
  for (let i = 0; i < warmupEvents + total; i += 1) {
    const warmup = i < warmupEvents;
    if (i === warmupEvents) t0 = performance.now();
    const due = w0 + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const ts = `1720000000.${String(i).padStart(6, '0')}`;
    const event = {
      type: 'app_mention', user: `U${i % 997}`, text: `<@${fakeIds.botUser}> ${questions[i % questions.length] ?? 'hello'}`,
      ts, channel: `C${i % 50}`, team: fakeIds.team, event_ts: ts,
    };
    const body = JSON.stringify({ team_id: fakeIds.team, api_app_id: fakeIds.app, type: 'event_callback', event_id: `Ev${randomUUID()}`, event_time: Math.floor(Date.now() / 1000), event });
    sent.set(ts, { at: performance.now(), replies: 0, warmup });
    deliver(body, 0, warmup);
    if (i % 10 === 3) setTimeout(() => deliver(body, 1, warmup), 20 + (i % 7) * 25);
  }
  const sendSeconds = (performance.now() - t0) / 1000;
  const drainUntil = performance.now() + 5000;
  while (performance.now() < drainUntil && [...sent.values()].some((s) => s.replies === 0)) await sleep(20);
  await sleep(300);
  await Promise.allSettled([...inFlight]);

  const measured = [...sent.values()].filter((s) => !s.warmup);
  const replyLatencies = measured.filter((s) => s.replyAt !== undefined).map((s) => (s.replyAt ?? 0) - s.at);
  const warmupReplies = [...sent.values()].filter((s) => s.warmup && s.replyAt !== undefined).map((s) => (s.replyAt ?? 0) - s.at);
  // Lost and duplicate replies count over every event, warm-up included.
  const lost = [...sent.values()].filter((s) => s.replies === 0).length;
  const duplicates = [...sent.values()].reduce((n, s) => n + Math.max(0, s.replies - 1), 0);
  const result = {
    seconds: Number(sendSeconds.toFixed(1)),
    events: total,
    deliveries,
    eventsPerSecond: Number((total / sendSeconds).toFixed(1)),
    ackP50Ms: percentile(acks, 0.5), ackP99Ms: percentile(acks, 0.99), ackMaxMs: percentile(acks, 1),
    replyP50Ms: percentile(replyLatencies, 0.5), replyP99Ms: percentile(replyLatencies, 0.99), replyMaxMs: percentile(replyLatencies, 1),
    lost, duplicates, badAcks,
    warmup: { seconds: args.warmup, events: warmupEvents, ackP99Ms: percentile(warmupAcks, 0.99), replyP99Ms: percentile(warmupReplies, 0.99) },
  };
  const met =
    result.eventsPerSecond >= args.rate * 0.98 && result.ackP99Ms <= 50 && result.replyP99Ms <= 100 && lost === 0 && duplicates === 0 && badAcks === 0;
  process.stdout.write(
    [
      `slack-bench: ${result.events} events (${result.deliveries} deliveries incl. retries) in ${result.seconds} s → ${result.eventsPerSecond} events/s (target ${args.rate})`,
      `  ack latency     p50 ${result.ackP50Ms} ms  p99 ${result.ackP99Ms} ms  max ${result.ackMaxMs} ms  (target p99 ≤ 50 ms)`,
      `  event → reply   p50 ${result.replyP50Ms} ms  p99 ${result.replyP99Ms} ms  max ${result.replyMaxMs} ms  (target p99 ≤ 100 ms)`,
      `  lost ${lost}  duplicates ${duplicates}  non-200 acks ${badAcks}  (target 0 / 0 / 0, warm-up included)`,
      `  warm-up (not in the latencies above): ${warmupEvents} events in ${args.warmup} s, ack p99 ${result.warmup.ackP99Ms} ms, reply p99 ${result.warmup.replyP99Ms} ms`,
      `  ${met ? 'PASS' : 'FAIL'}  ${JSON.stringify(result)}`,
      '',
    ].join('\n'),
  );
  agent.destroy();
  await slack.stop();
  await fake.close();
  await store.close();
  if (!met) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`slack-bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
