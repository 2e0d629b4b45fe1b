import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../../adapters/store/postgres-store.js';
import { dropSchema, freshSchema, testPostgres } from '../../fakes/store-postgres.js';
import { silentLogger } from '../../fakes/test-advisor.js';
import { durableStoreContract } from './durable-store-contract.js';
import { storeContract } from './store-contract.js';

const server = testPostgres();
const schemas: string[] = [];
const newSchema = () => {
  const schema = freshSchema('store');
  schemas.push(schema);
  return schema;
};

if (!server) {
  describe('postgres store', () => {
    it.skip('needs PostgreSQL: set TEST_DATABASE_URL or install postgresql (CI fails instead of skipping)', () => undefined);
  });
} else {
  const url = server.url;
  afterAll(async () => {
    for (const schema of schemas) await dropSchema(url, schema);
    await server.stop();
  });

  storeContract('postgres', async () => PostgresStore.open({ url, schema: newSchema(), logger: silentLogger() }));

  durableStoreContract('postgres', () => {
    const schema = newSchema();
    return async (options) => PostgresStore.open({ url, schema, logger: silentLogger(), ...options });
  });

  describe('postgres migrations', () => {
    it('GIVEN five processes opening a new database at once THEN the schema is migrated exactly once', async () => {
      const schema = newSchema();
      const stores = await Promise.all(
        Array.from({ length: 5 }, () => PostgresStore.open({ url, schema, logger: silentLogger(), poolSize: 2 })),
      );
      await Promise.all(stores.map((s) => s.close()));
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query(`SELECT version FROM "${schema}".schema_migrations`);
        expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }, { version: 5 }]);
      } finally {
        await client.end();
      }
    });
  });
}
