import { buildDigest, digestChartPeriods } from '../report/build-digest.js';
import { digestChart } from '../report/digest-chart.js';
import { readReportRows } from '../report/report-rows.js';
import type { Reporting } from '../store/reporting.js';
import type { DigestMessage } from './digest-poster.js';

export interface DigestPeriod {
  /** Included. */
  since: number;
  /** Excluded. */
  until: number;
}

/**
 * Reads what the digest of `period` needs from the store (the questions of the chart's periods, the rest since the
 * period's start), then builds its figures and draws its chart.
 */
export async function readDigest(
  store: Reporting,
  period: DigestPeriod,
  options: { minPeople: number; timeZone: string; key: string },
): Promise<DigestMessage> {
  const length = period.until - period.since;
  const rows = await readReportRows(store, period.since, period.until - digestChartPeriods * length);
  const digest = buildDigest({ ...rows, ...period, minPeople: options.minPeople });
  return { key: options.key, digest, chart: digestChart(digest, options.timeZone), timeZone: options.timeZone };
}
