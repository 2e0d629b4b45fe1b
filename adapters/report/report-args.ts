import { parseSince } from './parse-since.js';

export type ReportFormat = 'text' | 'json' | 'csv';

/** `--digest`: the weekly digest's text instead of the report; `since` only when `--since` was given. */
export interface DigestArgs {
  since?: number;
  /** `--chart FILE`: also write the digest's chart there as a PNG. */
  chart?: string;
}

export type ReportArgs =
  | { ok: true; since: number; format: ReportFormat; help: boolean; digest?: DigestArgs }
  | { ok: false; problem: string };

export const reportUsage = `Usage: ml-advisor report [--since 30d] [--json | --csv]
       ml-advisor report --digest [--since 7d] [--chart FILE.png]

  --since <when>  how far back: 30d, 12h, 2w or a date like 2026-01-31 (default 30d)
  --json          the figures as JSON
  --csv           the figures as one CSV table
  --digest        the weekly digest's text, with its chart as text bars: the period up to now, as long as
                  the time between two runs of DIGEST_CRON (a week by default) unless --since is given
  --chart <file>  with --digest: also write the digest's chart as a PNG image
Reads the store configured by DATABASE_URL (PostgreSQL) or SQLITE_PATH (SQLite).
`;

/** A flag's value, from `--flag value` or `--flag=value`. */
function valueOf(argv: readonly string[], i: number, flag: string): { value: string | undefined; next: number } {
  const arg = argv[i] as string;
  return arg === flag ? { value: argv[i + 1], next: i + 1 } : { value: arg.slice(flag.length + 1), next: i };
}

/** `--since 30d`, `--since=30d`, `--json`, `--csv`, `--digest`, `--chart FILE`, `--help`: anything else is a problem to show. */
export function parseReportArgs(argv: readonly string[], now: number): ReportArgs {
  let sinceText: string | undefined;
  let format: ReportFormat = 'text';
  let help = false;
  let digest = false;
  let chart: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--digest') digest = true;
    else if (arg === '--json' || arg === '--csv') {
      const wanted = arg === '--json' ? 'json' : 'csv';
      if (format !== 'text' && format !== wanted) return { ok: false, problem: 'choose one of --json and --csv' };
      format = wanted;
    } else if (arg === '--since' || arg.startsWith('--since=')) {
      const { value, next } = valueOf(argv, i, '--since');
      if (!value) return { ok: false, problem: '--since needs a value, like --since 30d' };
      sinceText = value;
      i = next;
    } else if (arg === '--chart' || arg.startsWith('--chart=')) {
      const { value, next } = valueOf(argv, i, '--chart');
      if (!value) return { ok: false, problem: '--chart needs a file name, like --chart digest.png' };
      chart = value;
      i = next;
    } else return { ok: false, problem: `unknown argument "${arg}"` };
  }
  if (digest && format !== 'text') return { ok: false, problem: '--digest prints text: leave out --json and --csv' };
  if (chart !== undefined && !digest) return { ok: false, problem: '--chart goes with --digest' };
  const since = parseSince(sinceText ?? '30d', now);
  if (!since.ok) return since;
  if (!digest) return { ok: true, since: since.since, format, help };
  return {
    ok: true, since: since.since, format, help,
    digest: { ...(sinceText !== undefined ? { since: since.since } : {}), ...(chart !== undefined ? { chart } : {}) },
  };
}
