import type { Logger } from 'pino';
import { readReportRows, type ReportRows } from '../../report/report-rows.js';
import { openStore } from '../../store/open-store.js';
import type { EntrySignalRow } from '../../store/reporting.js';
import type { StoreEnv } from '../../store/store-env.js';

export interface StoreRows extends ReportRows {
  signals: EntrySignalRow[];
}

/** Everything `kb suggest` reads from the store since `since`; the store is opened without purging and closed. */
export async function readSuggestRows(env: StoreEnv, logger: Logger, since: number): Promise<StoreRows> {
  const store = await openStore(env, logger, { purgeIntervalMs: false });
  try {
    const [rows, signals] = await Promise.all([readReportRows(store, since), store.entrySignalsSince(since)]);
    return { ...rows, signals };
  } finally {
    await store.close();
  }
}
