import { pino } from 'pino';
import { buildReport } from '../../report/build-report.js';
import { renderCsv } from '../../report/render-csv.js';
import { renderJson } from '../../report/render-json.js';
import { renderReport } from '../../report/render-report.js';
import { parseReportArgs, reportUsage } from '../../report/report-args.js';
import { openStore } from '../../store/open-store.js';
import { storeEnv, withoutEmpty } from '../../store/store-env.js';
import type { CliCommand, CliIo } from '../cli-command.js';

/** The streams and environment; `clock` for tests (defaults to the wall clock). */
export type ReportIo = Pick<CliIo, 'stdout' | 'stderr' | 'env'> & { clock?: () => number };

const renderers = { text: renderReport, json: renderJson, csv: renderCsv };

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
    if (!env.success) {
      const problems = env.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
      io.stderr.write(`ml-advisor report: the configuration has problems:\n${problems}\n`);
      return 2;
    }
    const logger = pino({ level: 'warn', base: undefined }, io.stderr);
    let store: Awaited<ReturnType<typeof openStore>> | undefined;
    try {
      store = await openStore(env.data, logger, { purgeIntervalMs: false });
      const [questions, feedback, escalations] = await Promise.all([
        store.questionsSince(args.since),
        store.feedbackSince(args.since),
        store.escalationsSince(args.since),
      ]);
      io.stdout.write(renderers[args.format](buildReport({ questions, feedback, escalations, since: args.since, until: now })));
      return 0;
    } catch (err) {
      io.stderr.write(`ml-advisor report: could not read the store (${err instanceof Error ? err.message : String(err)})\n`);
      return 1;
    } finally {
      await store?.close();
    }
  },
} satisfies CliCommand;
