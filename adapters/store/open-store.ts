import type { Logger } from 'pino';
import type { Store } from '../../src/store/store.js';
import { PostgresStore } from './postgres-store.js';
import type { Purging, Reporting } from './reporting.js';
import { SqliteStore } from './sqlite-store.js';
import { dayMs, type StoreEnv } from './store-env.js';

export type DurableStore = Store & Reporting & Purging;

export interface OpenStoreOptions {
  /** How often the retention purge runs (default hourly); `false` for none (the report command). */
  purgeIntervalMs?: number | false;
  clock?: () => number;
}

/** PostgreSQL when DATABASE_URL is set, else the SQLite file; migrated, with the retention purge running. */
export async function openStore(env: StoreEnv, logger: Logger, options: OpenStoreOptions = {}): Promise<DurableStore> {
  const log = logger.child({ component: 'store' });
  const store = env.DATABASE_URL
    ? await PostgresStore.open({ url: env.DATABASE_URL, logger: log, logQuestions: env.LOG_QUESTIONS })
    : SqliteStore.open({ path: env.SQLITE_PATH, logger: log, logQuestions: env.LOG_QUESTIONS });
  log.info({ backend: env.DATABASE_URL ? 'postgres' : 'sqlite' }, 'store opened');
  const intervalMs = options.purgeIntervalMs ?? 60 * 60_000;
  if (intervalMs !== false) {
    store.startPurging({ retentionMs: env.RETENTION_DAYS * dayMs, intervalMs, clock: options.clock ?? Date.now }, log);
  }
  return store;
}
