import { parseSince } from './parse-since.js';

export type ReportFormat = 'text' | 'json' | 'csv';
export type ReportArgs = { ok: true; since: number; format: ReportFormat; help: boolean } | { ok: false; problem: string };

export const reportUsage = `Usage: ml-advisor report [--since 30d] [--json | --csv]

  --since <when>  how far back: 30d, 12h, 2w or a date like 2026-01-31 (default 30d)
  --json          the figures as JSON
  --csv           the figures as one CSV table
Reads the store configured by DATABASE_URL (PostgreSQL) or SQLITE_PATH (SQLite).
`;

/** `--since 30d`, `--since=30d`, `--json`, `--csv`, `--help`: anything else is a problem to show. */
export function parseReportArgs(argv: readonly string[], now: number): ReportArgs {
  let sinceText = '30d';
  let format: ReportFormat = 'text';
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--json' || arg === '--csv') {
      const wanted = arg === '--json' ? 'json' : 'csv';
      if (format !== 'text' && format !== wanted) return { ok: false, problem: 'choose one of --json and --csv' };
      format = wanted;
    } else if (arg === '--since' || arg.startsWith('--since=')) {
      const value = arg === '--since' ? argv[++i] : arg.slice('--since='.length);
      if (!value) return { ok: false, problem: '--since needs a value, like --since 30d' };
      sinceText = value;
    } else return { ok: false, problem: `unknown argument "${arg}"` };
  }
  const since = parseSince(sinceText, now);
  return since.ok ? { ok: true, since: since.since, format, help } : since;
}
