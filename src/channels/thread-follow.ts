import type { ConversationState } from '../conversation/state.js';

/**
 * What to do with a message in a channel thread that does not mention the bot:
 * - `follow`: the thread is one the bot answered, still open, and the asker wrote again: continue the conversation;
 * - `step-back`: someone else wrote in the thread: a colleague took over, so the bot stops following it;
 * - `ignore`: not a thread the bot follows (never answered there, resolved, taken over, or its context expired).
 */
export type ThreadVerdict = 'follow' | 'step-back' | 'ignore';

export function threadVerdict(state: ConversationState | undefined, userKey: string): ThreadVerdict {
  if (!state?.asker || state.closed) return 'ignore';
  return state.asker === userKey ? 'follow' : 'step-back';
}
