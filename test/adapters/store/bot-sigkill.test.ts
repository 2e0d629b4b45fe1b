import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/privacy/user-key.js';
import { FakeSlack } from '../../fakes/fake-slack.js';
import { blockActions } from '../../fakes/slack-payloads.js';
import { formBody, sendSigned } from '../../fakes/slack-signed-request.js';
import { dropSchema, freshSchema, testPostgres } from '../../fakes/store-postgres.js';
import { startReplica } from '../../fakes/store-replica-process.js';
import { shippedKnowledge } from '../../fakes/test-advisor.js';

const secret = 'sigkill-signing-secret-0123';
const hashKey = 'sigkill-hash-key-0123456789';
const clicks = 300;
const killAfterThanks = 60;
const server = testPostgres();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-sigkill-'));
const schema = freshSchema('sigkill');
let fake: FakeSlack;

beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(async () => {
  await fake.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (server) {
    await dropSchema(server.url, schema);
    await server.stop();
  }
});

/** Clicks 👍 from `clicks` users, 10 at a time; SIGKILLs the bot once it has thanked `killAfterThanks` of them. */
async function burstAndKill(env: Record<string, string>): Promise<Set<string>> {
  const entry = (await shippedKnowledge()).entries[0];
  const replica = await startReplica({ ...env, REPLICA_SLACK_API_URL: fake.apiUrl, REPLICA_SIGNING_SECRET: secret, REPLICA_HASH_KEY: hashKey });
  const run = `${Date.now()}`;
  const thanked = (): string[] => fake.responses.filter((r) => r.id.startsWith(`${run}-`)).map((r) => r.id.slice(run.length + 1));
  const onResponse = (): void => {
    if (thanked().length >= killAfterThanks) replica.child.kill('SIGKILL');
  };
  fake.on('response', onResponse);
  let next = 0;
  const click = async (): Promise<void> => {
    while (next < clicks && replica.child.signalCode === null) {
      const user = `U${run}X${next++}`;
      const payload = { ...blockActions({ value: `feedback:up:${entry?.id}`, responseUrl: fake.responseUrl(`${run}-${user}`) }), user: { id: user } };
      const body = formBody({ payload: JSON.stringify(payload) });
      await sendSigned(replica.eventsUrl, { secret, body, contentType: 'application/x-www-form-urlencoded' }).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: 10 }, click));
  expect(await replica.exited).toBe('SIGKILL');
  fake.off('response', onResponse);
  return new Set(thanked().map((user) => userKey('slack', user, hashKey)));
}

function expectStored(thanked: Set<string>, stored: Set<string>): void {
  expect(thanked.size).toBeGreaterThanOrEqual(killAfterThanks);
  expect([...thanked].filter((key) => !stored.has(key))).toEqual([]);
}

describe('the bot killed with SIGKILL during a burst of feedback clicks', () => {
  it('GIVEN SQLite THEN every feedback the bot thanked for is in the database after restart', async () => {
    const file = path.join(dir, 'bot.db');
    const thanked = await burstAndKill({ REPLICA_SQLITE_PATH: file });
    const db = new Database(file);
    try {
      const rows = db.prepare('SELECT user_key FROM feedback').all() as { user_key: string }[];
      expectStored(thanked, new Set(rows.map((r) => r.user_key)));
    } finally {
      db.close();
    }
  }, 30_000);

  it.runIf(server)('GIVEN PostgreSQL THEN every feedback the bot thanked for is in the database after restart', async () => {
    const url = (server as { url: string }).url;
    const thanked = await burstAndKill({ REPLICA_DATABASE_URL: url, REPLICA_SCHEMA: schema });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ user_key: string }>(`SELECT user_key FROM "${schema}".feedback`);
      expectStored(thanked, new Set(rows.map((r) => r.user_key)));
    } finally {
      await client.end();
    }
  }, 30_000);
});
