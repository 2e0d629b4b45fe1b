import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kbCommand } from '../../../../adapters/cli/commands/kb.js';
import { SqliteStore } from '../../../../adapters/store/sqlite-store.js';
import { loadKnowledge } from '../../../../src/knowledge/load-knowledge.js';
import { runCli } from '../../../fakes/run-cli.js';
import { fillSuggestStore, hiddenWords, suggestPackFiles } from '../../../fakes/suggest-flows.js';
import { entry, writeTempPack } from '../../../fakes/temp-pack.js';
import { silentLogger } from '../../../fakes/test-advisor.js';

const root = mkdtempSync(path.join(tmpdir(), 'kb-suggest-'));
const repo = path.join(root, 'repo');
const knowledge = path.join(repo, 'knowledge');
const storePath = path.join(root, 'bot.db');
const env = { SQLITE_PATH: storePath, ML_ADVISOR_CACHE_DIR: path.join(root, 'cache') };
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: repo, encoding: 'utf8' });
/** The real `ml-advisor kb suggest …` process. */
const suggest = (...args: string[]) => runCli(['kb', 'suggest', '--knowledge', knowledge, ...args], { env, timeoutMs: 30_000 });

const out = { stdout: '', stderr: '' };
/** Fresh streams for an in-process command; what they carry lands in `out`. */
function streams() {
  Object.assign(out, { stdout: '', stderr: '' });
  const stdout = new PassThrough().on('data', (c: Buffer) => (out.stdout += c.toString()));
  const stderr = new PassThrough().on('data', (c: Buffer) => (out.stderr += c.toString()));
  return { stdout, stderr, stdin: new PassThrough() };
}

/** `ml-advisor kb …` in this process (the same command, without paying for a process start). */
async function kb(argv: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const code = await kbCommand.run([...argv, '--knowledge', knowledge], { ...streams(), env: { ...env, ...extraEnv } });
  return { code, ...out };
}
let userKeys: string[] = [];

beforeAll(async () => {
  const pack = writeTempPack(suggestPackFiles());
  execFileSync('mkdir', ['-p', repo]);
  execFileSync('mv', [pack.dir, knowledge]);
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'the pack');
  await fillSuggestStore(knowledge, storePath);
  const store = SqliteStore.open({ path: storePath, logger: silentLogger() });
  userKeys = [...new Set((await store.questionsSince(0)).map((q) => q.userKey))];
  await store.close();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Nothing from fewer than 3 people, nothing vetoed, no user key. */
function expectPrivate(text: string): void {
  for (const words of hiddenWords) expect(text.toLowerCase()).not.toContain(words);
  for (const key of userKeys) expect(text).not.toContain(key);
}

const examplesOf = async (id: string) => (await loadKnowledge(knowledge)).entries.find((e) => e.id === id)?.examples;

describe('ml-advisor kb suggest on a store filled through the core', () => {
  it('GIVEN picks, 👍, follow-ups, 👎 and me-too THEN --out writes a patch that git applies and a summary, with nothing from fewer than 3 people', async () => {
    expect(userKeys.length).toBe(19);
    const out = path.join(root, 'out');
    const run = await suggest('--out', out);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const patch = readFileSync(path.join(out, 'suggestions.patch'), 'utf8');
    const summary = readFileSync(path.join(out, 'suggestions.md'), 'utf8');
    expect(patch.match(/^@@ /gm)).toHaveLength(2);
    expect(patch).toMatch(/^\+\+\+ b\/knowledge\/entries\/invoices\.md\n@@ .*\n(?: .*\n){3}\+ {2}# kb suggest \d{4}-\d\d-\d\d: 4 people — 4 picks, 2 👍\n\+ {2}- "explain my bill"\n\+ {2}- "please explain my bill to me"\n links:/m);
    expect(patch).toMatch(/\+ {2}# kb suggest [\d-]+: 3 people — 2 👍, 1 follow-up click\n\+ {2}- "alarm when cloud spend jumps"\n\+ {2}- "cloud spend jumps, want an alarm"\n links:/);
    expect(patch).not.toMatch(/^\+.*set a budget/im);
    expect(summary).toContain('"can you explain my bill", too close to a phrasing above');
    expect(summary).toMatch(/"how do i set a budget\?", already covered by examples\.0 "how do I set a budget"/);
    expect(summary).toMatch(/Not shown: 1 group of confirmed questions \(2 questions\) from fewer than 3 people/);
    expect(summary).toMatch(/\*\*3 people\*\* · no pain point · 1 fallback, 2 "me too"\n {3}- "what do llamas eat"/);
    expect(summary).toMatch(/\*\*2 people\*\* · no pain point · 2 fallbacks · fewer than 3 people: words not shown/);
    expect(summary).toMatch(/\*\*4 people\*\* · leans to billing · 4 "no specific answer yet" · confirmed afterwards on invoices \(4\)\n/);
    expectPrivate(patch);
    expectPrivate(summary);

    git('apply', '--check', path.join(out, 'suggestions.patch'));
    git('apply', path.join(out, 'suggestions.patch'));
    expect((await examplesOf('invoices'))?.slice(-2)).toEqual(['explain my bill', 'please explain my bill to me']);
    const check = await kb(['check']);
    expect(check.stdout).toMatch(/^OK: .* 0 errors/m);
    const patched = git('diff');
    git('checkout', '--', '.');

    const applied = await suggest('--apply');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/Written into 2 entries' examples; kb check follows\.\n[\s\S]*^OK: .* 0 errors/m);
    expect(git('diff')).toBe(patched);
    expect((await examplesOf('budgets'))?.at(-1)).toBe('cloud spend jumps, want an alarm');
    expectPrivate(applied.stdout);

    const again = await kb(['suggest', '--patch']);
    expect({ code: again.code, stdout: again.stdout }).toEqual({ code: 0, stdout: '' });
    git('checkout', '--', '.');
  });

  it('GIVEN --json THEN one object with the suggestions and the gaps, words only from 3 people; GAP_MIN_PEOPLE=2 shows the pair', async () => {
    const run = await kb(['suggest', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.suggestions.map((s: { entryId: string; groups: Array<{ phrasings: string[] }> }) => [s.entryId, s.groups.flatMap((g) => g.phrasings)])).toEqual([
      ['invoices', ['explain my bill', 'please explain my bill to me']],
      ['budgets', ['alarm when cloud spend jumps', 'cloud spend jumps, want an alarm']],
    ]);
    expect(json.suggestions[0]).toMatchObject({ file: 'knowledge/entries/invoices.md', inPatch: true, groups: [{ people: 4, picks: 4, up: 2, followUps: 0 }] });
    expect(json).toMatchObject({ minPeople: 3, vetoed: 4, hidden: { groups: 1, questions: 2 } });
    expect(json.gaps.map((g: { people: number; shown: boolean; wordings: string[] }) => [g.people, g.shown, g.wordings.length > 0])).toEqual([
      [4, true, true],
      [3, true, true],
      [2, false, false],
    ]);
    expect(json.gaps[2]).not.toHaveProperty('id');
    expectPrivate(run.stdout);

    const two = await kb(['suggest', '--json'], { GAP_MIN_PEOPLE: '2' });
    expect(two.stdout).toContain('why is the invoice so high this quarter');
    expect(two.stdout).toContain('how tall is mount everest');
    expect(two.stdout).not.toContain('finance team');
    expect(two.stdout).not.toContain('weekends');
  });

  it('GIVEN no flag THEN the summary is printed, nothing is written, and it says how to get the patch', async () => {
    const run = await kb(['suggest', '--since', '7d']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Knowledge suggestions, /);
    expect(run.stdout).toContain('### invoices (`knowledge/entries/invoices.md`)');
    expect(run.stdout).toContain('Nothing was written. `--out DIR` writes suggestions.patch (2 hunks)');
    expect(git('status', '--porcelain')).toBe('');
    expectPrivate(run.stdout);
  });

  it('GIVEN a pack kb check fails on THEN --apply --json still writes, reports the check failed and exits 1, the findings on stderr', async () => {
    const broken = writeTempPack({ ...suggestPackFiles(), 'entries/interviews.md': entry('interviews', 'hiring', ['how to interview a data scientist', 'interview questions for ml engineers', 'hiring process for ml'], []).replace(/links:\n.*\n.*\n/, '') });
    try {
      const run = await kbCommand.run(['suggest', '--apply', '--json', '--knowledge', broken.dir], { ...streams(), env });
      expect(run).toBe(1);
      expect(JSON.parse(out.stdout)).toMatchObject({ applied: { entries: 2, check: 'failed' } });
      expect(out.stderr).toMatch(/error: .*interviews\.md: links: no source link[\s\S]*^FAILED: /m);
      expect((await loadKnowledge(broken.dir)).entries.find((e) => e.id === 'invoices')?.examples.at(-1)).toBe('please explain my bill to me');
    } finally {
      broken.remove();
    }
  });

  it('GIVEN bad arguments or settings THEN the problem (and the usage), exit 2; a store that cannot be read, exit 1', async () => {
    const run = await kb(['suggest', '--out', path.join(root, 'x'), '--apply']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('choose one of --out, --apply and --patch');
    expect(run.stderr).toContain('Usage: ml-advisor kb suggest');
    const setting = await kb(['suggest'], { GAP_MIN_PEOPLE: '0' });
    expect(setting).toMatchObject({ code: 2, stderr: expect.stringContaining('GAP_MIN_PEOPLE: GAP_MIN_PEOPLE must be at least 1') });
    const store = await kb(['suggest'], { SQLITE_PATH: root });
    expect(store).toMatchObject({ code: 1, stderr: expect.stringContaining('could not read the store') });
  });
});
