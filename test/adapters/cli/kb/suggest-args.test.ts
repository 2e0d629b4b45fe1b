import { describe, expect, it } from 'vitest';
import { parseSuggestArgs } from '../../../../adapters/cli/kb/suggest-args.js';

const now = Date.UTC(2026, 4, 21);

describe('parseSuggestArgs', () => {
  it('GIVEN nothing THEN the last 30 days, the summary on stdout, nothing written', () => {
    expect(parseSuggestArgs([], now)).toEqual({ ok: true, args: { since: now - 30 * 86_400_000, apply: false, patch: false, json: false, help: false } });
  });

  it('GIVEN --since, --out, --json and --knowledge THEN all of them', () => {
    expect(parseSuggestArgs(['--since=2w', '--out', 'review', '--json', '--knowledge', 'pack'], now)).toMatchObject({
      ok: true,
      args: { since: now - 14 * 86_400_000, out: 'review', json: true, knowledge: 'pack' },
    });
  });

  it.each([
    [['--out', 'x', '--apply'], 'choose one of --out, --apply and --patch'],
    [['--apply', '--patch'], 'choose one of --out, --apply and --patch'],
    [['--patch', '--json'], 'choose one of --json and --patch'],
    [['--since', 'last week'], '--since takes a duration'],
    [['--out', ' '], '--out needs a folder'],
    [['--dry-run'], "Unknown option '--dry-run'"],
  ])('GIVEN %j THEN a problem to show with the usage', (argv, problem) => {
    const parsed = parseSuggestArgs(argv, now);
    expect(parsed.ok ? '' : parsed.problem).toContain(problem);
  });
});
