import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import { createAdvisor, type Advisor } from '../../src/advisor.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
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

/** A real advisor over the shipped knowledge with an in-memory store (or the one given). */
export async function testAdvisor(options: { store?: Store; clock?: () => number } = {}): Promise<{
  advisor: Advisor;
  store: Store;
}> {
  const store = options.store ?? new MemoryStore();
  const advisor = createAdvisor({
    knowledge: await shippedKnowledge(),
    store,
    logger: silentLogger(),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { advisor, store };
}
