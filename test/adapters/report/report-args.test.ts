import { describe, expect, it } from 'vitest';
import { parseSince } from '../../../adapters/report/parse-since.js';
import { parseReportArgs } from '../../../adapters/report/report-args.js';

const now = Date.UTC(2026, 4, 21);
const day = 86_400_000;

describe('report arguments', () => {
  it.each([
    ['30d', now - 30 * day], ['12h', now - 12 * 3_600_000], ['2w', now - 14 * day], ['2026-01-31', Date.UTC(2026, 0, 31)],
  ])('GIVEN --since %s THEN the period starts at the right time', (value, since) => {
    expect(parseSince(value, now)).toEqual({ ok: true, since });
  });

  it.each(['30', 'd', 'yesterday', '2099-01-01', '30x'])('GIVEN --since %s THEN a readable problem', (value) => {
    expect(parseSince(value, now)).toMatchObject({ ok: false, problem: expect.stringContaining('--since takes') });
  });

  it('GIVEN flags THEN format and period are read; defaults to text over 30 days', () => {
    expect(parseReportArgs([], now)).toEqual({ ok: true, since: now - 30 * day, format: 'text', help: false });
    expect(parseReportArgs(['--since=7d', '--csv'], now)).toEqual({ ok: true, since: now - 7 * day, format: 'csv', help: false });
    expect(parseReportArgs(['--json', '--since', '1w'], now)).toMatchObject({ format: 'json', since: now - 7 * day });
  });

  it('GIVEN --digest THEN the digest, its period from --since only when given, and --chart its file', () => {
    expect(parseReportArgs(['--digest'], now)).toEqual({ ok: true, since: now - 30 * day, format: 'text', help: false, digest: {} });
    expect(parseReportArgs(['--digest', '--since', '14d', '--chart=out.png'], now)).toMatchObject({ digest: { since: now - 14 * day, chart: 'out.png' } });
    expect(parseReportArgs(['--chart', 'x.png', '--digest'], now)).toMatchObject({ digest: { chart: 'x.png' } });
  });

  it.each([
    [['--digest', '--json'], '--digest prints text: leave out --json and --csv'],
    [['--chart', 'x.png'], '--chart goes with --digest'],
    [['--digest', '--chart'], '--chart needs a file name, like --chart digest.png'],
  ])('GIVEN %j THEN the problem "%s"', (argv, problem) => {
    expect(parseReportArgs(argv, now)).toEqual({ ok: false, problem });
  });

  it('GIVEN conflicting, unknown or incomplete flags THEN a problem', () => {
    expect(parseReportArgs(['--json', '--csv'], now)).toEqual({ ok: false, problem: 'choose one of --json and --csv' });
    expect(parseReportArgs(['--verbose'], now)).toMatchObject({ ok: false, problem: 'unknown argument "--verbose"' });
    expect(parseReportArgs(['--since'], now)).toMatchObject({ ok: false });
  });
});
