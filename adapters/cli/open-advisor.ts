import type { Logger } from 'pino';
import { createAdvisor, type Advisor, type AdvisorDeps } from '../../src/advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { cacheDir, cachedIndex } from './index-cache.js';
import { cachedKnowledge } from './knowledge-cache.js';
import type { Store } from '../../src/store/store.js';

/** Loads a knowledge folder and builds an advisor over it (an in-memory store unless one is given). */
export async function openAdvisor(
  dir: string,
  logger: Logger,
  extra: Partial<Pick<AdvisorDeps, 'settings' | 'stats'>> & { store?: Store } = {},
): Promise<{ advisor: Advisor; store: Store }> {
  const knowledge = await cachedKnowledge(dir, cacheDir(process.env), logger);
  const store = extra.store ?? new MemoryStore();
  const advisor = createAdvisor({
    knowledge,
    index: await cachedIndex(knowledge, cacheDir(process.env), logger),
    store,
    logger,
    ...(extra.settings ? { settings: extra.settings } : {}),
    ...(extra.stats ? { stats: extra.stats } : {}),
  });
  return { advisor, store };
}
