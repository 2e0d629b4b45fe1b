import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import { cacheDir, cachedIndex } from '../../adapters/cli/index-cache.js';
import { createAdvisor, type Advisor } from '../../src/advisor.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { Store } from '../../src/store/store.js';

export const knowledgeDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../knowledge');

let cached: Promise<Knowledge> | undefined;

/** The shipped knowledge, loaded once per test file. */
export function shippedKnowledge(): Promise<Knowledge> {
  cached ??= loadKnowledge(knowledgeDir);
  return cached;
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

let index: Promise<KnowledgeIndex> | undefined;

/**
 * The shipped knowledge's index, shared by every advisor of a test file: restored from the same on-disk cache
 * the CLI uses (the global setup trains it once per run), so test files don't each spend seconds training.
 */
export function sharedIndex(): Promise<KnowledgeIndex> {
  index ??= shippedKnowledge().then((k) => cachedIndex(k, cacheDir(process.env), silentLogger()));
  return index;
}

/** A real advisor over the shipped knowledge with an in-memory store (or the one given). */
export async function testAdvisor(options: { store?: Store; clock?: () => number } = {}): Promise<{
  advisor: Advisor;
  store: Store;
}> {
  const store = options.store ?? new MemoryStore();
  const shared = await sharedIndex();
  const advisor = createAdvisor({
    knowledge: shared.knowledge,
    index: shared,
    store,
    logger: silentLogger(),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { advisor, store };
}
