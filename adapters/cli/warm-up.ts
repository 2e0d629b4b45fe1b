import type { Logger } from 'pino';
import { createAdvisor, type Advisor } from '../../src/advisor.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import type { Platform } from '../../src/message.js';
import type { Reply } from '../../src/reply.js';
import { preparePassages } from '../../src/replies/relevant-passage.js';
import { MemoryStore } from '../../src/store/memory-store.js';

/** How many of the knowledge's example questions a start-up asks itself, per platform. */
const QUESTIONS = 30;

/** Turns a reply into a platform's payload (the adapter's renderer); the result is thrown away. */
export type Render = (reply: Reply) => unknown;

/**
 * Before the platforms connect, works out the sentences replies may quote from every entry (`preparePassages`), then
 * asks a scratch copy of the core (the same knowledge and index, a memory store, no logs) some of the knowledge's own
 * example questions, and renders each reply for every platform that will connect. A process compiles its code as it
 * first runs it: without this, the first questions after a (re)start paid for compiling the matcher and the
 * renderers, and each entry's first quotation, beside the restart's backlog. Nothing is written to the store, logged
 * or sent. Returns how long it took (0.4–0.5 s on the 2-core test machine with both platforms, most of it the
 * sentences of the 194 entries; ~170 ms before they were prepared here).
 */
export async function warmUp(knowledge: Knowledge, advisor: Advisor, renderers: Partial<Record<Platform, Render>>, logger: Logger): Promise<number> {
  const started = Date.now();
  preparePassages(advisor.index.featurizer, knowledge.entries);
  const scratch = createAdvisor({
    knowledge,
    index: advisor.index,
    store: new MemoryStore(),
    logger: logger.child({ component: 'warm-up' }, { level: 'silent' }),
  });
  const entries = knowledge.entries.filter((entry) => entry.examples.length > 0);
  for (let i = 0; i < Math.min(QUESTIONS, entries.length); i++) {
    const entry = entries[(i * 7) % entries.length]!;
    const text = entry.examples[i % entry.examples.length]!;
    for (const [platform, render] of Object.entries(renderers) as [Platform, Render][]) {
      const reply = await scratch.handle({
        platform, kind: i % 3 === 0 ? 'dm' : 'mention', text, userId: `warm-up-${i}`, conversationId: 'warm-up', threadId: String(i),
      });
      render(reply);
    }
  }
  return Date.now() - started;
}
