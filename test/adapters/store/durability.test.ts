import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import type { DurableStore } from '../../../adapters/store/open-store.js';
import { PostgresStore } from '../../../adapters/store/postgres-store.js';
import { SqliteStore } from '../../../adapters/store/sqlite-store.js';
import { dropSchema, freshSchema, testPostgres } from '../../fakes/store-postgres.js';
import { spawnTs } from '../../fakes/store-replica-process.js';
import { silentLogger } from '../../fakes/test-advisor.js';

/** Starts the writer, lets it acknowledge `acks` records, SIGKILLs it mid-burst, returns what it acknowledged. */
async function burstThenKill(env: Record<string, string>, acks: number): Promise<Set<string>> {
  const child = spawnTs('store-feedback-writer', env);
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const acked = new Set<string>();
  const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    const n = /^ack (\d+)$/.exec(line)?.[1];
    if (n !== undefined) acked.add(`burst-${n}`);
    if (acked.size === acks) child.kill('SIGKILL');
  }
  expect(await exited).toBe('SIGKILL');
  return acked;
}

async function expectAllAcked(store: DurableStore, acked: Set<string>): Promise<void> {
  try {
    const stored = new Set((await store.feedbackSince(0)).map((f) => f.comment));
    const missing = [...acked].filter((c) => !stored.has(c));
    expect(missing).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(acked.size);
  } finally {
    await store.close();
  }
}

describe('durability under SIGKILL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'durability-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('GIVEN a burst of feedback on SQLite killed with SIGKILL THEN every acknowledged record is there', async () => {
    const file = path.join(dir, 'burst.db');
    const acked = await burstThenKill({ STORE_SQLITE_PATH: file }, 500);
    expect(acked.size).toBeGreaterThanOrEqual(500);
    await expectAllAcked(SqliteStore.open({ path: file, logger: silentLogger() }), acked);
  });

  const server = testPostgres();
  const schema = freshSchema('burst');
  afterAll(async () => {
    if (!server) return;
    await dropSchema(server.url, schema);
    await server.stop();
  });
  it.runIf(server)('GIVEN a burst of feedback on PostgreSQL killed with SIGKILL THEN every acknowledged record is there', async () => {
    const url = (server as { url: string }).url;
    const acked = await burstThenKill({ STORE_DATABASE_URL: url, STORE_SCHEMA: schema }, 500);
    await expectAllAcked(await PostgresStore.open({ url, schema, logger: silentLogger() }), acked);
  });
});
