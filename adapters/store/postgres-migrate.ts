import type pg from 'pg';
import type { Migration } from './migrations/migration.js';

/** Advisory lock key (two-int form, namespace 7310) held while migrating: replicas starting together queue. */
const migrationLock = [7310, 1] as const;

/**
 * Applies the missing migrations, each in its own transaction recorded in `schema_migrations`, while holding a
 * session advisory lock so that two processes opening the database at once never race on the DDL.
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly Migration[],
  schema: string | undefined,
): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1, $2)', [...migrationLock]);
    try {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const done = new Set(rows.map((r) => r.version));
      const applied: number[] = [];
      for (const m of migrations) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw err;
        }
        applied.push(m.version);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [...migrationLock]);
    }
  } finally {
    client.release();
  }
}
