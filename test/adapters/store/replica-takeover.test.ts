import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../fakes/fake-slack.js';
import { mentionEvent, nextTs } from '../../fakes/slack-payloads.js';
import { sendSigned } from '../../fakes/slack-signed-request.js';
import { startReplica, type ReplicaProcess } from '../../fakes/store-replica-process.js';
import { dropSchema, freshSchema, testPostgres } from '../../fakes/store-postgres.js';

const server = testPostgres();
const secret = 'takeover-signing-secret-0123';

// Two bot processes on one PostgreSQL: the one holding the replies dies, the other delivers them.
describe.runIf(server)('two replicas on PostgreSQL, one killed with replies pending', () => {
  const url = (server as { url: string }).url;
  const schema = freshSchema('takeover');
  let fake: FakeSlack;
  let replicas: ReplicaProcess[] = [];

  beforeAll(async () => {
    fake = await FakeSlack.start();
    const env = {
      REPLICA_SLACK_API_URL: fake.apiUrl, REPLICA_SIGNING_SECRET: secret, REPLICA_DATABASE_URL: url,
      REPLICA_SCHEMA: schema, REPLICA_FAST_INBOX: '1',
    };
    replicas = await Promise.all([startReplica(env), startReplica(env)]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.stop()));
    await fake?.close();
    await dropSchema(url, schema);
    await server?.stop();
  });

  it('GIVEN replies failing with 503 on one replica WHEN it is SIGKILLed THEN the other delivers each of them once within 10 s', async () => {
    const [doomed, survivor] = replicas as [ReplicaProcess, ReplicaProcess];
    fake.failWhile('chat.postMessage', { status: 503 });
    const threads = Array.from({ length: 5 }, () => nextTs());
    for (const [i, ts] of threads.entries()) {
      const event = mentionEvent({ text: `how do we label data for question ${i}?`, user: `U0TAKE${i}`, ts });
      expect((await sendSigned(doomed.eventsUrl, { secret, body: JSON.stringify(event) })).status).toBe(200);
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
