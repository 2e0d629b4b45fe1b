import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../adapters/store/open-store.js';
import { PostgresStore } from '../../../adapters/store/postgres-store.js';
import { SqliteStore } from '../../../adapters/store/sqlite-store.js';
import { dayMs, storeEnv } from '../../../adapters/store/store-env.js';
import { testPostgres } from '../../fakes/store-postgres.js';
import { silentLogger } from '../../fakes/test-advisor.js';
import { question } from './store-contract.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'open-store-'));
const server = testPostgres();
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await server?.stop();
});

describe('openStore', () => {
  it('GIVEN no DATABASE_URL THEN a SQLite file is created at SQLITE_PATH', async () => {
    const file = path.join(dir, 'a/b/bot.db');
    const store = await openStore(storeEnv.parse({ SQLITE_PATH: file }), silentLogger());
    await store.close();
    expect(store).toBeInstanceOf(SqliteStore);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('GIVEN rows older than RETENTION_DAYS THEN the purge at open removes them and keeps the rest', async () => {
    const file = path.join(dir, 'retention.db');
    const now = 100 * dayMs;
    const seed = SqliteStore.open({ path: file, logger: silentLogger() });
    await seed.logQuestion(question({ at: now - 8 * dayMs, text: 'old' }));
    await seed.logQuestion(question({ at: now - 6 * dayMs, text: 'recent' }));
    await seed.close();
    const env = storeEnv.parse({ SQLITE_PATH: file, RETENTION_DAYS: '7' });
    const store = await openStore(env, silentLogger(), { clock: () => now, purgeIntervalMs: 60_000 });
    await store.close(); // waits for the purge in flight
    const check = SqliteStore.open({ path: file, logger: silentLogger() });
    expect((await check.questionsSince(0)).map((q) => q.text)).toEqual(['recent']);
    await check.close();
  });

  it.runIf(server)('GIVEN DATABASE_URL THEN PostgreSQL is used', async () => {
    const store = await openStore(storeEnv.parse({ DATABASE_URL: server?.url }), silentLogger(), { purgeIntervalMs: false });
    await store.close();
    expect(store).toBeInstanceOf(PostgresStore);
  });
});
