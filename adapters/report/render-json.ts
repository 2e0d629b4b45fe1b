import type { Report } from './build-report.js';

/** The report as JSON with ISO dates, for scripts. */
export function renderJson(report: Report): string {
  const { since, until, ...figures } = report;
  return `${JSON.stringify({ since: new Date(since).toISOString(), until: new Date(until).toISOString(), ...figures }, null, 2)}\n`;
}
