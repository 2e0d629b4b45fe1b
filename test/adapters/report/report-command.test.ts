import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../../adapters/cli/commands/report.js';
import { PostgresStore } from '../../../adapters/store/postgres-store.js';
import { SqliteStore } from '../../../adapters/store/sqlite-store.js';
import type { Store } from '../../../src/store/store.js';
import { dropSchema, freshSchema, testPostgres } from '../../fakes/store-postgres.js';
import { decodePng } from '../../fakes/png-decode.js';
import { silentLogger } from '../../fakes/test-advisor.js';

const now = Date.UTC(2026, 4, 21, 12);
const day = 86_400_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
const server = testPostgres();
const schema = freshSchema('report');
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (server) {
    await dropSchema(server.url, schema);
    await server.stop();
  }
});

/** A month of use: answered questions on three pain points, two knowledge gaps, votes and a 👎 comment. */
async function fill(store: Store): Promise<void> {
  const ask = (at: number, outcome: string, painPoint: string | null, text: string, entryId: string | null = null) =>
    store.logQuestion({ platform: 'slack', workspaceId: 'T1', userKey: 'h1', text, outcome, painPoint, entryId, confidence: 0.7, at });
  for (let i = 0; i < 12; i++) await ask(now - i * day, 'answer', 'data-readiness', 'is our data good enough', 'data-audit');
  for (let i = 0; i < 6; i++) await ask(now - i * day, 'answer', 'first-project', 'where do we start', 'pick-first-use-case');
  await ask(now - 2 * day, 'clarify', 'skills', 'training');
  for (const text of ['do you know spark clusters', 'spark cluster sizing?', 'how big a spark cluster']) {
    await ask(now - day, 'fallback', null, text);
  }
  await ask(now - day, 'fallback', null, 'what is the weather');
  await ask(now - 60 * day, 'fallback', null, 'an old question outside the period');
  const vote = (vote: 'up' | 'down', entryId: string, comment?: string) =>
    store.addFeedback({ entryId, painPoint: 'data-readiness', vote, platform: 'discord', workspaceId: 'G1', userKey: 'h2',
      at: now - day, ...(comment ? { comment } : {}) });
  await vote('up', 'data-audit');
  await vote('up', 'data-audit');
  await vote('down', 'data-audit');
  await vote('down', 'data-audit', 'nothing about labelling budgets');
  await store.close();
}

async function run(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (c: Buffer) => (chunks.out += c.toString()));
  stderr.on('data', (c: Buffer) => (chunks.err += c.toString()));
  const code = await reportCommand.run(argv, { stdout, stderr, env, clock: () => now });
  return { code, ...chunks };
}

const backends = [
  { name: 'sqlite', env: () => ({ SQLITE_PATH: path.join(dir, 'bot.db') }),
    open: () => SqliteStore.open({ path: path.join(dir, 'bot.db'), logger: silentLogger() }) },
  ...(server ? [{ name: 'postgres', env: () => ({ DATABASE_URL: `${server.url}?options=-c%20search_path%3D${schema}` }),
    open: () => PostgresStore.open({ url: server.url, schema, logger: silentLogger() }) }] : []),
];

describe.each(backends)('ml-advisor report on $name', ({ env, open }) => {
  it('GIVEN a month of questions and feedback THEN the text report shows every section', async () => {
    await fill(await open());
    const { code, out, err } = await run(['--since', '30d'], env());
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('23 questions, 3 feedback (2 👍, 1 👎)');
    expect(out).toMatch(/data-readiness +12 +52% +█{30}\n +first-project +6 +26% +█{15}\n/);
    expect(out).toMatch(/answer +18 +78% +█{30}\n +clarify +1 +4% +█▋\n +fallback +4 +17% +█{6}▋\n/);
    expect(out).toMatch(/3× "do you know spark clusters"\n +also "spark cluster sizing\?"/);
    expect(out).toContain('1× "what is the weather"');
    expect(out).not.toContain('outside the period');
    expect(out).toMatch(/data-audit +👍 2 {2}👎 1\n +missed: "nothing about labelling budgets"/);
  });

  it('GIVEN --digest THEN the digest of the week up to now, with text bars, no wording from fewer than 3 people; --chart writes its PNG', async () => {
    const chart = path.join(dir, `digest-${Math.random().toString(36).slice(2)}.png`);
    const { code, out, err } = await run(['--digest', '--chart', chart], { ...env(), DIGEST_TZ: 'Europe/Paris' });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('ML Advisor digest: 2026-05-14 14:00 → 2026-05-21 14:00 (Europe/Paris)');
    expect(out).toContain('18 questions, 5 in the previous 7 days (+13, +260%)');
    expect(out).toContain('• data-readiness: 7, previously 5 (+2, +40%)');
    expect(out).toContain('3 gaps from fewer than 3 people each (not shown)');
    expect(out).toContain('• data-audit: 2 👍, 1 👎');
    expect(out).toMatch(/Questions per period \(the last 8, from the start of each\)\n( {2}\d\d-\d\d +\d+.*\n){8}/);
    expect(out).not.toMatch(/spark|weather|labelling budgets/);
    expect(decodePng(fs.readFileSync(chart))).toMatchObject({ width: 960, height: 480 });
  });

  it('GIVEN --json or --csv THEN the same figures in that format', async () => {
    const json = JSON.parse((await run(['--json', '--since=90d'], env())).out);
    expect(json.questions).toBe(24);
    expect(json.gaps[0]).toMatchObject({ count: 3 });
    const csv = (await run(['--csv'], env())).out;
    expect(csv.split('\r\n')).toContain('feedback,data-audit,3,2,1,nothing about labelling budgets');
  });
});

describe('ml-advisor report problems', () => {
  it('GIVEN a bad flag THEN usage on stderr and exit code 2', async () => {
    const { code, err } = await run(['--since', 'soon'], {});
    expect(code).toBe(2);
    expect(err).toContain('Usage: ml-advisor report');
  });

  it('GIVEN a bad configuration THEN each problem is named and exit code 2', async () => {
    const { code, err } = await run([], { RETENTION_DAYS: 'forever', DATABASE_URL: 'mysql://u:secret@h/db' });
    expect(code).toBe(2);
    expect(err).toMatch(/DATABASE_URL: must be a postgres/);
    expect(err).toMatch(/RETENTION_DAYS/);
    expect(err).not.toContain('secret');
  });

  it('GIVEN --digest with a bad DIGEST_CRON THEN the problem is named and exit code 2; without --digest it is not read', async () => {
    const { code, err } = await run(['--digest'], { DIGEST_CRON: 'every monday', SQLITE_PATH: path.join(dir, 'none.db') });
    expect(code).toBe(2);
    expect(err).toContain('DIGEST_CRON must be a cron expression');
    expect((await run([], { DIGEST_CRON: 'every monday', SQLITE_PATH: path.join(dir, 'none.db') })).code).toBe(0);
  });

  it('GIVEN an unreachable database THEN exit code 1 with a message, no password', async () => {
    const { code, err } = await run([], { DATABASE_URL: 'postgres://bot:hunter22@127.0.0.1:1/nothing' });
    expect(code).toBe(1);
    expect(err).toContain('could not read the store');
    expect(err).not.toContain('hunter22');
  });
});
