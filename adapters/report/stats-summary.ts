import type { Reporting } from '../store/reporting.js';
import { buildReport } from './build-report.js';
import { renderReport } from './render-report.js';
import { readReportRows } from './report-rows.js';

const day = 86_400_000;

/**
 * The admins' `/ml-start stats`: the report's text over the last `days`, read from the store on each call.
 * Pass the result as the core's `stats` (HandleContext) at the composition root.
 */
export function createStats(store: Reporting, options: { days?: number; clock?: () => number } = {}): () => Promise<string> {
  const clock = options.clock ?? Date.now;
  const period = (options.days ?? 30) * day;
  return async () => {
    const until = clock();
    const since = until - period;
    return renderReport(buildReport({ ...(await readReportRows(store, since)), since, until })).trimEnd();
  };
}
