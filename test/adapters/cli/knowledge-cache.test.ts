import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedKnowledge } from '../../../adapters/cli/knowledge-cache.js';
import { KnowledgeError } from '../../../src/knowledge/knowledge-error.js';
import { loadKnowledge } from '../../../src/knowledge/load-knowledge.js';
import { entry, validPackFiles, writeTempPack } from '../../fakes/temp-pack.js';

const logger = pino({ level: 'silent' });
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const clean of cleanups.splice(0)) clean();
});

function setUp(): { dir: string; cache: string } {
  const pack = writeTempPack(validPackFiles());
  const cache = mkdtempSync(path.join(tmpdir(), 'ml-advisor-kcache-'));
  cleanups.push(pack.remove, () => rmSync(cache, { recursive: true, force: true }));
  return { dir: pack.dir, cache };
}

describe('cachedKnowledge', () => {
  it('GIVEN a pack read twice THEN the second read comes from the cache and equals a fresh parse, dates included', async () => {
    const { dir, cache } = setUp();
    const first = await cachedKnowledge(dir, cache, logger);
    expect(readdirSync(cache).filter((f) => f.startsWith('knowledge-'))).toHaveLength(1);
    const second = await cachedKnowledge(dir, cache, logger);
    const fresh = await loadKnowledge(dir);
    expect(second).toEqual(fresh);
    expect(first).toEqual(fresh);
    expect(second.entries[0]?.reviewed).toBeInstanceOf(Date);
  });

  it('GIVEN a file edited after the cache was written THEN the edit is what loads', async () => {
    const { dir, cache } = setUp();
    await cachedKnowledge(dir, cache, logger);
    writeFileSync(path.join(dir, 'entries', 'budgets.md'), entry('budgets', 'billing', ['how do I cap spending', 'spending cap please', 'limit our spend'], ['invoices']));
    const k = await cachedKnowledge(dir, cache, logger);
    expect(k.entries.find((e) => e.id === 'budgets')?.examples).toContain('how do I cap spending');
  });

  it('GIVEN a file broken after the cache was written THEN the problem is reported, naming the file and field', async () => {
    const { dir, cache } = setUp();
    await cachedKnowledge(dir, cache, logger);
    writeFileSync(path.join(dir, 'entries', 'budgets.md'), validPackFiles()['entries/budgets.md']!.replace('painPoint: billing', 'painPoint: 7'));
    const error = await cachedKnowledge(dir, cache, logger).then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(String((error as KnowledgeError).message)).toMatch(/budgets\.md[\s\S]*painPoint/);
  });

  it('GIVEN a corrupt cache file THEN the pack is parsed again', async () => {
    const { dir, cache } = setUp();
    await cachedKnowledge(dir, cache, logger);
    for (const f of readdirSync(cache)) writeFileSync(path.join(cache, f), 'not a snapshot');
    const k = await cachedKnowledge(dir, cache, logger);
    expect(k.entries.map((e) => e.id).sort()).toEqual(['budgets', 'interviews', 'invoices']);
  });
});
