import { writeFile } from 'node:fs/promises';
import { pino } from 'pino';
import { learningEnvSchema, type LearningEnv } from '../../config/learning-env.js';
import { digestSchedule, periodLength } from '../../digest/digest-schedule.js';
import { readDigest } from '../../digest/read-digest.js';
import type { DigestArgs } from '../../report/report-args.js';
import { renderDigest } from '../../report/render-digest.js';
import type { Reporting } from '../../store/reporting.js';
import { buildReport } from '../../report/build-report.js';
import { renderCsv } from '../../report/render-csv.js';
import { renderJson } from '../../report/render-json.js';
import { renderReport } from '../../report/render-report.js';
import { readReportRows } from '../../report/report-rows.js';
import { parseReportArgs, reportUsage } from '../../report/report-args.js';
import { openStore } from '../../store/open-store.js';
import { storeEnv, withoutEmpty } from '../../store/store-env.js';
import type { CliCommand, CliIo } from '../cli-command.js';

/** The streams and environment; `clock` for tests (defaults to the wall clock). */
export type ReportIo = Pick<CliIo, 'stdout' | 'stderr' | 'env'> & { clock?: () => number };

const renderers = { text: renderReport, json: renderJson, csv: renderCsv };

/**
 * The digest's text as the scheduled digest would post it, with its chart as text bars: the period up to `now`, as long
 * as one between two runs of DIGEST_CRON, or from `--since`.
 */
async function printDigest(store: Reporting, args: DigestArgs, settings: LearningEnv, now: number, io: ReportIo): Promise<number> {
  const schedule = digestSchedule(settings.DIGEST_CRON, settings.DIGEST_TZ);
  const since = args.since ?? now + 1 - periodLength(schedule, now);
  // Up to and including now (a question logged this very millisecond counts).
  const message = await readDigest(store, { since, until: now + 1 }, { minPeople: settings.GAP_MIN_PEOPLE, timeZone: settings.DIGEST_TZ, key: 'report' });
  io.stdout.write(`${renderDigest(message.digest, { timeZone: settings.DIGEST_TZ, bars: true }).join('\n\n')}\n`);
  if (!args.chart) return 0;
  try {
    await writeFile(args.chart, message.chart);
    return 0;
  } catch (err) {
    io.stderr.write(`ml-advisor report: could not write the chart (${err instanceof Error ? err.message : String(err)})\n`);
    return 1;
  }
}

/** `ml-advisor report`: reads the question log and feedback from the store and prints the summary. */
export const reportCommand = {
  name: 'report',
  summary: 'questions per pain point, outcomes, knowledge gaps and feedback per entry',
  async run(argv: string[], io: ReportIo): Promise<number> {
    const now = (io.clock ?? Date.now)();
    const args = parseReportArgs(argv, now);
    if (!args.ok) {
      io.stderr.write(`ml-advisor report: ${args.problem}\n\n${reportUsage}`);
      return 2;
    }
    if (args.help) {
      io.stdout.write(reportUsage);
      return 0;
    }
    const env = storeEnv.safeParse(withoutEmpty(io.env));
    const learning = learningEnvSchema.safeParse(withoutEmpty(io.env));
    if (!env.success || (args.digest && !learning.success)) {
      const issues = [...(env.error?.issues ?? []), ...(args.digest ? (learning.error?.issues ?? []) : [])];
      const problems = issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
      io.stderr.write(`ml-advisor report: the configuration has problems:\n${problems}\n`);
      return 2;
    }
    const logger = pino({ level: 'warn', base: undefined }, io.stderr);
    let store: Awaited<ReturnType<typeof openStore>> | undefined;
    try {
      store = await openStore(env.data, logger, { purgeIntervalMs: false });
      if (args.digest && learning.success) {
        return await printDigest(store, args.digest, learning.data, now, io);
      }
      const rows = await readReportRows(store, args.since);
      io.stdout.write(renderers[args.format](buildReport({ ...rows, since: args.since, until: now })));
      return 0;
    } catch (err) {
      io.stderr.write(`ml-advisor report: could not read the store (${err instanceof Error ? err.message : String(err)})\n`);
      return 1;
    } finally {
      await store?.close();
    }
  },
} satisfies CliCommand;
