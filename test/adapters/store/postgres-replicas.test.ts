import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../../adapters/store/postgres-store.js';
import { dropSchema, freshSchema, testPostgres } from '../../fakes/store-postgres.js';
import { silentLogger } from '../../fakes/test-advisor.js';

const server = testPostgres();

// Two stores with their own connection pools stand for two replicas of the bot on one database.
describe.runIf(server)('two replicas on one PostgreSQL', () => {
  const url = (server as { url: string }).url;
  const schema = freshSchema('replicas');
  const open = () => PostgresStore.open({ url, schema, logger: silentLogger(), poolSize: 8 });
  afterAll(async () => {
    await dropSchema(url, schema);
    await server?.stop();
  });

  it('GIVEN each event delivered to both replicas at once THEN exactly one of them handles it', async () => {
    const [a, b] = await Promise.all([open(), open()]);
    try {
      const ids = Array.from({ length: 100 }, (_, i) => `Ev${i}`);
      const results = await Promise.all(
        ids.map(async (id) => [await a.markEvent(id, 1_000, 60_000), await b.markEvent(id, 1_000, 60_000)] as const),
      );
      const racing = await Promise.all(ids.map((id) => Promise.all([a.markEvent(`r${id}`, 1_000, 60_000), b.markEvent(`r${id}`, 1_000, 60_000)])));
      for (const pair of [...results, ...racing]) expect(pair.filter(Boolean)).toHaveLength(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('GIVEN one user hitting both replicas concurrently THEN the limit counts across both', async () => {
    const [a, b] = await Promise.all([open(), open()]);
    try {
      const hits = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? a : b).hitRateLimit('busy', 5_000, 60_000, 20));
      const results = await Promise.all(hits);
      expect(results.filter((r) => r.allowed)).toHaveLength(20);
      expect(results.filter((r) => !r.allowed).every((r) => r.retryAfterMs === 60_000)).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('GIVEN context written by one replica THEN the other continues the conversation', async () => {
    const [a, b] = await Promise.all([open(), open()]);
    try {
      await a.setContext('slack:C1:t1', { painPoint: 'p', entryId: 'e', shown: ['e'], updatedAt: 1 }, 10_000);
      expect(await b.getContext('slack:C1:t1', 2_000)).toMatchObject({ entryId: 'e', shown: ['e'] });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
