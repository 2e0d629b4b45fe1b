import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load-knowledge.js';
import { runCli, type CliRun } from '../../fakes/run-cli.js';
import { validPackFiles, writeTempPack } from '../../fakes/temp-pack.js';
import { shippedKnowledge } from '../../fakes/test-advisor.js';
import { outOfScope, paraphrases, smalltalk } from '../../match/paraphrases.js';

// Runs the compiled CLI (dist/, built once by test/global-setup.ts) as a user does.
let dir: string;
let env: Record<string, string>;
const ask = (args: string[], stdin?: string): Promise<CliRun> => runCli(['ask', ...args], { env, ...(stdin !== undefined ? { stdin } : {}) });

interface AskJson {
  outcome: string;
  painPoint: string | null;
  entryId: string | null;
  confidence: number;
  text: string;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ml-advisor-cli-'));
  // The shared index cache (trained by the global setup); warm this process's path once all the same.
  env = {};
  const warm = await ask(['hello']);
  expect(warm.code, warm.stderr).toBe(0);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ml-advisor ask', () => {
  it('GIVEN a question THEN it prints the reply as plain text, the same text --json carries', async () => {
    const q = paraphrases['cost-control']![1]!;
    const [plain, json] = await Promise.all([ask([q]), ask(['--json', q])]);
    expect(plain.code, plain.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as AskJson;
    expect(plain.stdout).toBe(`${parsed.text}\n`);
    expect(plain.stdout).toMatch(/https?:\/\//);
    expect(plain.stdout).not.toMatch(/\*\*|\]\(/);
  });

  it('GIVEN --json THEN one JSON object with outcome, painPoint, entryId, confidence and text', async () => {
    const run = await ask(['--json', paraphrases.infrastructure![2]!]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(run.stdout) as AskJson;
    expect(out).toMatchObject({ outcome: 'answer', painPoint: 'infrastructure' });
    expect(typeof out.entryId).toBe('string');
    expect(out.confidence).toBeGreaterThan(0);
    expect(out.confidence).toBeLessThanOrEqual(1);
    expect(out.text.length).toBeGreaterThan(50);
  });

  it('GIVEN --json on an out-of-scope question THEN a fallback with painPoint and entryId null', async () => {
    const out = JSON.parse((await ask(['--json', outOfScope[1]!])).stdout) as AskJson;
    expect(out).toMatchObject({ outcome: 'fallback', painPoint: null, entryId: null });
    expect(out.text).toContain('Cost control');
  });

  it('GIVEN --json --batch and N lines on stdin THEN N JSON lines, in order', async () => {
    const lines = [paraphrases['cost-control']![0]!, outOfScope[0]!, smalltalk[0]!, paraphrases['slow-delivery']![2]!, '', paraphrases['no-ml-code']![2]!];
    const run = await ask(['--json', '--batch'], `${lines.join('\n')}\n`);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as AskJson);
    expect(out).toHaveLength(lines.length);
    expect(out.map((o) => (o.outcome === 'answer' ? o.painPoint : o.outcome))).toEqual(['cost-control', 'fallback', 'smalltalk', 'slow-delivery', 'smalltalk', 'no-ml-code']);
  });

  it('GIVEN one question THEN the whole process takes well under 3 s (a sanity bound, not the target)', async () => {
    const run = await ask(['--json', paraphrases['data-preparation']![3]!]);
    expect(run.code).toBe(0);
    expect(run.ms).toBeLessThan(3_000);
  });

  it('GIVEN no question THEN a usage error, exit 2', async () => {
    const run = await ask([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage/i);
  });
});

describe('ml-advisor kb', () => {
  it('GIVEN the shipped knowledge THEN kb check exits 0', async () => {
    const run = await runCli(['kb', 'check'], { env });
    expect(run.code, run.stdout + run.stderr).toBe(0);
  });

  it('GIVEN a pack with a broken file THEN kb check exits 1 and names the file', async () => {
    const files = validPackFiles();
    const pack = writeTempPack({ ...files, 'entries/budgets.md': files['entries/budgets.md']!.replace('painPoint: billing', 'painPoint: nowhere') });
    try {
      const run = await runCli(['kb', 'check', '--knowledge', pack.dir], { env });
      expect(run.code).toBe(1);
      expect(run.stderr + run.stdout).toContain('budgets.md');
      expect(run.stderr + run.stdout).toContain('painPoint');
      expect(run.stderr).not.toMatch(/^\s+at /m);
    } finally {
      pack.remove();
    }
  });

  it('GIVEN labelled lines THEN kb import writes a loadable pack with calibrated thresholds that ask --knowledge answers from', async () => {
    const train: Array<[string, string[]]> = [
      ['book_flight', ['book me a flight to berlin', 'i need a plane ticket to rome', 'reserve a seat on a flight to oslo', 'find flights to madrid next week', 'buy a plane ticket for friday', 'get me on a flight to lisbon']],
      ['order_pizza', ['order a pepperoni pizza', 'i want a large pizza delivered', 'get me a margherita pizza', 'pizza delivery to my office', 'order two pizzas for dinner', 'can you order a veggie pizza']],
      ['reset_password', ['i forgot my password', 'reset my account password', 'cannot log in, need a new password', 'change my login password', 'password reset link please', 'locked out of my account']],
    ];
    const val = [
      { text: 'a flight to paris tomorrow', label: 'book_flight' },
      { text: 'pizza with extra cheese please', label: 'order_pizza' },
      { text: 'how do i reset my password', label: 'reset_password' },
      { text: 'what is the capital of peru', label: 'oos' },
      { text: 'play some jazz music', label: 'oos' },
    ];
    const from = path.join(dir, 'small.jsonl');
    const valFile = path.join(dir, 'val.jsonl');
    const out = path.join(dir, 'pack');
    writeFileSync(from, train.flatMap(([label, texts]) => texts.map((text) => JSON.stringify({ text, label }))).concat(JSON.stringify({ text: 'tell me a joke', label: 'oos' })).join('\n'));
    writeFileSync(valFile, val.map((v) => JSON.stringify(v)).join('\n'));
    const run = await runCli(['kb', 'import', '--from', from, '--out', out, '--val', valFile], { env });
    expect(run.code, run.stderr).toBe(0);

    const knowledge = await loadKnowledge(out);
    expect(knowledge.entries).toHaveLength(3);
    const pack = parse(readFileSync(path.join(out, 'pack.yaml'), 'utf8')) as { thresholds?: { answer: number; clarifyMargin: number } };
    expect(pack.thresholds?.answer).toBeGreaterThan(0);
    expect(pack.thresholds?.clarifyMargin).toBeGreaterThan(0);
    expect(knowledge.pack.thresholds).toEqual(pack.thresholds);

    const answer = JSON.parse((await ask(['--json', '--knowledge', out, 'please order me a pizza with mushrooms'])).stdout) as AskJson;
    expect(answer.outcome).toBe('answer');
    const entry = knowledge.entries.find((e) => e.id === answer.entryId);
    expect(entry?.examples).toContain('order a pepperoni pizza');
    const check = await runCli(['kb', 'check', '--knowledge', out], { env });
    expect(check.code, check.stdout).toBe(0);
  });
});

/** Two intents of four lines each: the smallest pack an import test needs. */
const twoIntents = [
  ...['book me a flight to berlin', 'plane ticket to rome', 'flights to madrid next week', 'a seat on a flight to oslo'].map((text) => ({ text, label: 'book_flight' })),
  ...['order a pepperoni pizza', 'large pizza delivered', 'get me a margherita pizza', 'two pizzas for dinner'].map((text) => ({ text, label: 'order_pizza' })),
];
/** A fresh index cache for one test, with the environment that points at it. */
const freshCache = (name: string): { cache: string; local: Record<string, string> } => {
  const cache = mkdtempSync(path.join(os.tmpdir(), `ml-advisor-${name}-cache-`));
  return { cache, local: { ...env, ML_ADVISOR_CACHE_DIR: cache } };
};

describe('kb import with an objective', () => {
  it('GIVEN --objective balanced --no-clarify THEN pack.yaml records them with the validation figures, the index is left in the cache, and ask restores it', async () => {
    const { cache, local } = freshCache('import');
    const out = path.join(dir, 'pack-balanced');
    const lines = twoIntents;
    const val = [
      { text: 'a flight to paris', label: 'book_flight' },
      { text: 'pizza with cheese', label: 'order_pizza' },
      { text: 'what is the capital of peru', label: 'oos' },
    ];
    const from = path.join(dir, 'balanced.jsonl');
    const valFile = path.join(dir, 'balanced-val.jsonl');
    writeFileSync(from, lines.map((l) => JSON.stringify(l)).join('\n'));
    writeFileSync(valFile, val.map((v) => JSON.stringify(v)).join('\n'));
    try {
      const bad = await runCli(['kb', 'import', '--from', from, '--out', out, '--val', valFile, '--objective', 'most'], { env: local });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/accuracy, balanced or oos-recall/);

      const run = await runCli(['kb', 'import', '--from', from, '--out', out, '--val', valFile, '--objective', 'balanced', '--no-clarify'], { env: local });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/objective balanced, no clarify/);
      const pack = parse(readFileSync(path.join(out, 'pack.yaml'), 'utf8')) as {
        thresholds: { clarifyMargin: number };
        calibration: { objective: string; clarify: boolean; validation: { inScopeLines: number; outOfScopeLines: number } };
      };
      expect(pack.thresholds.clarifyMargin).toBe(0);
      expect(pack.calibration).toMatchObject({ objective: 'balanced', clarify: false, validation: { inScopeLines: 2, outOfScopeLines: 1 } });

      const indexes = () => readdirSync(cache).filter((f) => f.startsWith('index-'));
      expect(indexes()).toHaveLength(1);
      const before = statSync(path.join(cache, indexes()[0]!)).mtimeMs;
      const answer = JSON.parse((await runCli(['ask', '--json', '--knowledge', out, 'order me a pizza'], { env: local })).stdout) as AskJson;
      expect(answer.outcome).toBe('answer');
      expect(indexes()).toHaveLength(1);
      expect(statSync(path.join(cache, indexes()[0]!)).mtimeMs).toBe(before);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('kb import --vectors', () => {
  it('GIVEN --vectors THEN the pack carries its own copy of the word vectors, pack.yaml turns them on, and ask restores the index', async () => {
    const { cache, local } = freshCache('vectors');
    const out = path.join(dir, 'pack-vectors');
    const lines = twoIntents;
    const from = path.join(dir, 'vectors.jsonl');
    writeFileSync(from, lines.map((l) => JSON.stringify(l)).join('\n'));
    try {
      const run = await runCli(['kb', 'import', '--from', from, '--out', out, '--vectors'], { env: local });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/with word vectors/);
      const pack = parse(readFileSync(path.join(out, 'pack.yaml'), 'utf8')) as { matcher?: { vectors?: number } };
      expect(pack.matcher?.vectors).toBeGreaterThan(0);
      const knowledge = await loadKnowledge(out);
      expect(knowledge.wordVectors?.length).toBe(statSync(path.join(out, 'word-vectors.bin')).size);

      // No word of it is in an example (without vectors this pack sends it to the flights): "italian" and
      // "mozzarella" sit near "margherita" and "pizza" in the vectors.
      const asked = async () => JSON.parse((await runCli(['ask', '--json', '--knowledge', out, 'some italian food with mozzarella'], { env: local })).stdout) as AskJson;
      const first = await asked();
      expect(first.outcome).toBe('answer');
      expect(first.entryId).toBe('order-pizza');
      const indexes = readdirSync(cache).filter((f) => f.startsWith('index-'));
      expect(indexes).toHaveLength(1);
      expect(await asked()).toEqual(first);

      // Imported again without --vectors: the pack's copy goes, and so does the setting.
      const again = await runCli(['kb', 'import', '--from', from, '--out', out], { env: local });
      expect(again.code, again.stderr).toBe(0);
      expect(readdirSync(out)).not.toContain('word-vectors.bin');
      expect((await loadKnowledge(out)).pack.matcher?.vectors).toBeUndefined();
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('ml-advisor eval, unknown commands and chat', () => {
  it('GIVEN eval THEN it prints the in-scope accuracy and a line per pain point', async () => {
    const run = await runCli(['eval'], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('In-scope accuracy');
    for (const p of (await shippedKnowledge()).painPoints) expect(run.stdout).toMatch(new RegExp(`^\\s+${p.id}\\s+\\d+(\\.\\d)?%`, 'm'));
  });

  it.each([['frobnicate'], ['--version-ish']])('GIVEN the unknown command %s THEN exit 2 with the usage', async (name) => {
    const run = await runCli([name], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(name);
    expect(run.stderr).toMatch(/usage/i);
  });

  it('GIVEN chat with piped input (hi, 1, quit) THEN a welcome, then the first topic chosen by its number', async () => {
    const first = (await shippedKnowledge()).painPoints[0]!;
    const run = await runCli(['chat'], { env, stdin: 'hi\n1\nquit\n' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/1\. .+/);
    const afterChoice = run.stdout.slice(run.stdout.lastIndexOf('advisor>'));
    expect(afterChoice).toContain(first.title);
    expect(run.stdout.match(/advisor>/g)?.length).toBe(3);
  });
});
