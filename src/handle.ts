import type { Logger } from 'pino';
import type { KnowledgeIndex } from './match/knowledge-index.js';
import type { CoreMessage } from './message.js';
import type { Reply } from './reply.js';
import type { Store } from './store/store.js';

export interface AdvisorSettings {
  /** How long a conversation's context lives without a new message. */
  contextTtlMs: number;
}

export const defaultSettings: AdvisorSettings = { contextTtlMs: 30 * 60_000 };

/** Everything `handle` needs, passed in: no globals. */
export interface HandleContext {
  index: KnowledgeIndex;
  store: Store;
  logger: Logger;
  clock: () => number;
  settings: AdvisorSettings;
}

/** The conversation core: a neutral message in, a neutral reply out. (Provisional: matching lands next.) */
export async function handle(message: CoreMessage, context: HandleContext): Promise<Reply> {
  const topics = context.index.knowledge.painPoints.map((p) => ({ id: `topic:${p.id}`, label: p.label }));
  const entry = context.index.entries.get(message.text.replace(/^entry:/, ''));
  if (entry) {
    return {
      outcome: 'answer', painPoint: entry.painPoint, entryId: entry.id, confidence: 1,
      title: entry.title, body: entry.body, sources: entry.links, actions: [], feedback: true,
    };
  }
  return {
    outcome: 'fallback', painPoint: null, entryId: null, confidence: 0,
    title: 'I can help with adopting machine learning',
    body: 'Pick a topic below, or ask a question in your own words.',
    sources: [], actions: topics, feedback: false,
  };
}
