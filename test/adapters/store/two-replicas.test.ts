import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../../adapters/store/postgres-store.js';
import { FakeSlack } from '../../fakes/fake-slack.js';
import { mentionEvent, nextTs } from '../../fakes/slack-payloads.js';
import { sendSigned } from '../../fakes/slack-signed-request.js';
import { startReplica, type ReplicaProcess } from '../../fakes/store-replica-process.js';
import { dropSchema, freshSchema, testPostgres } from '../../fakes/store-postgres.js';
import { shippedKnowledge, silentLogger } from '../../fakes/test-advisor.js';

const server = testPostgres();
const secret = 'replica-signing-secret-0123';
const rateLimit = 4;

// Two bot processes (Slack HTTP mode, against one fake Slack) on one PostgreSQL database, with 3 s inbox leases.
describe.runIf(server)('two bot replicas on one PostgreSQL', () => {
  const url = (server as { url: string }).url;
  const schema = freshSchema('bots');
  let fake: FakeSlack;
  let replicas: ReplicaProcess[] = [];

  beforeAll(async () => {
    fake = await FakeSlack.start();
    const env = {
      REPLICA_SLACK_API_URL: fake.apiUrl, REPLICA_SIGNING_SECRET: secret, REPLICA_DATABASE_URL: url,
      REPLICA_SCHEMA: schema, REPLICA_RATE_LIMIT: String(rateLimit), REPLICA_FAST_INBOX: '1',
    };
    replicas = await Promise.all([startReplica(env), startReplica(env)]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.stop()));
    await fake?.close();
    await dropSchema(url, schema);
    await server?.stop();
  });

  const deliver = (replica: ReplicaProcess | undefined, envelope: Record<string, unknown>, retryNum = 0) =>
    sendSigned(replica?.eventsUrl ?? '', { secret, body: JSON.stringify(envelope), retryNum });
  const postsIn = (threadTs: string) => fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === threadTs);
  const questionsLike = async (prefix: string) => {
    const store = await PostgresStore.open({ url, schema, logger: silentLogger() });
    try {
      return (await store.questionsSince(0)).filter((q) => q.text?.startsWith(prefix));
    } finally {
      await store.close();
    }
  };

  it('GIVEN each event and its retry delivered to different replicas at once THEN it is answered once', async () => {
    const events = Array.from({ length: 10 }, (_, i) => mentionEvent({ text: `xyzzy dedupe ${i}`, user: `U0DUP${i}`, ts: nextTs() }));
    const statuses = await Promise.all(
      events.flatMap((e) => [deliver(replicas[0], e), deliver(replicas[1], e, 1)]).map(async (r) => (await r).status),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const threads = events.map((e) => String((e.event as { ts: string }).ts));
    for (const ts of threads) await fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === ts);
    await new Promise((resolve) => setTimeout(resolve, 500)); // a second answer would have arrived by now
    expect(threads.map((ts) => postsIn(ts).length)).toEqual(threads.map(() => 1));
    expect(await questionsLike('xyzzy dedupe')).toHaveLength(10);
  });

  it('GIVEN one user asking through both replicas THEN the rate limit counts every question once', async () => {
    const events = Array.from({ length: 10 }, (_, i) => mentionEvent({ text: `xyzzy busy ${i}`, user: 'U0BUSY', ts: nextTs() }));
    for (const [i, e] of events.entries()) expect((await deliver(replicas[i % 2], e)).status).toBe(200);
    const threads = events.map((e) => String((e.event as { ts: string }).ts));
    const replies = await Promise.all(threads.map((ts) => fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === ts)));
    const slowDowns = replies.filter((c) => String(c.args.text).includes('Slow down'));
    expect(slowDowns).toHaveLength(10 - rateLimit);
    expect(await questionsLike('xyzzy busy')).toHaveLength(rateLimit);
  });

  it('GIVEN a question in a thread on one replica THEN "tell me more" on the other continues its topic', async () => {
    const knowledge = await shippedKnowledge();
    const first = mentionEvent({ text: 'is DeepAR the built-in algorithm for forecasting demand?', user: 'U0CTX', ts: nextTs() });
    const threadTs = String((first.event as { ts: string }).ts);
    await deliver(replicas[0], first);
    await fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === threadTs);
    const more = mentionEvent({ text: 'tell me more', user: 'U0CTX', ts: nextTs(), thread_ts: threadTs });
    await deliver(replicas[1], more);
    await expect.poll(() => postsIn(threadTs).length, { timeout: 10_000 }).toBe(2);
    const followUp = String(postsIn(threadTs)[1]?.args.text ?? '');
    // The context lives in PostgreSQL: the second replica answers with another entry of the same pain point.
    const titles = knowledge.entries.filter((e) => e.painPoint === 'no-ml-code').map((e) => e.title);
    expect(titles.some((title) => followUp.startsWith(title))).toBe(true);
    expect(followUp).not.toMatch(/not sure I can help/);
  });

  // Last: it kills the first replica.
  it('GIVEN replies failing with 503 on one replica WHEN it is SIGKILLed THEN the other delivers each of them once within 10 s', async () => {
    const [doomed, survivor] = replicas as [ReplicaProcess, ReplicaProcess];
    fake.failWhile('chat.postMessage', { status: 503 });
    const threads = Array.from({ length: 5 }, () => nextTs());
    for (const [i, ts] of threads.entries()) {
      const event = mentionEvent({ text: `how do we label data for question ${i}?`, user: `U0TAKE${i}`, ts });
      expect((await deliver(doomed, event)).status).toBe(200);
    }
    const failedIn = (ts: string) => fake.failed.filter((c) => c.args.thread_ts === ts).length;
    await expect.poll(() => threads.every((ts) => failedIn(ts) > 0), { timeout: 20_000 }).toBe(true);
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    fake.stopFailing('chat.postMessage');
    const killedAt = Date.now();

    const posted = (ts: string) => fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === ts);
    await expect.poll(() => threads.every((ts) => posted(ts).length > 0), { timeout: 10_000, interval: 100 }).toBe(true);
    expect(Date.now() - killedAt).toBeLessThan(10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // a duplicate would have come by now
    expect(threads.map((ts) => posted(ts).length)).toEqual(threads.map(() => 1));
    expect(survivor.child.exitCode).toBeNull();
  }, 60_000);
});
