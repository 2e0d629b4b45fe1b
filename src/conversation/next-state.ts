import type { CoreMessage } from '../message.js';
import type { Reply } from '../reply.js';
import type { ConversationState } from './state.js';

/** Kinds that arrive in a channel thread: the thread's asker is remembered, and follow-ups continue it. */
const THREADED: ReadonlySet<CoreMessage['kind']> = new Set(['mention', 'channel', 'thread']);

/**
 * The context kept after a reply: an answer moves the topic on; a first reply in a channel thread (whatever it was)
 * remembers the asker, so that their follow-ups continue the thread without a mention. Thread fields carry over.
 */
export function nextState(message: CoreMessage, reply: Reply, state: ConversationState | undefined, user: string, now: number): ConversationState | undefined {
  const threaded = THREADED.has(message.kind) && message.threadId !== undefined;
  const thread = state?.asker ? { asker: state.asker, ...(state.closed ? { closed: state.closed } : {}), ...(state.escalated ? { escalated: true } : {}) } : threaded ? { asker: user } : {};
  if (reply.outcome === 'answer' && reply.painPoint) {
    const shown = [...(state?.shown ?? []).filter((id) => id !== reply.entryId), ...(reply.entryId ? [reply.entryId] : [])];
    return { painPoint: reply.painPoint, entryId: reply.entryId, shown: shown.slice(-20), ...thread, updatedAt: now };
  }
  if (threaded && !state?.asker && reply.outcome !== 'notice') {
    return { painPoint: state?.painPoint ?? null, entryId: state?.entryId ?? null, shown: state?.shown ?? [], ...thread, updatedAt: now };
  }
  return undefined;
}
