import type { ConversationState } from '../conversation/state.js';
import type { Reply } from '../reply.js';
import type { ClickSignal } from './entry-signal.js';
import { withChanges } from '../with-changes.js';
import { QUESTION_OUTCOMES, type LastQuestion } from './last-question.js';

/** The logged outcome of a reply: an answer with no entry for the question is `uncovered`. */
export const loggedOutcome = (reply: Reply): string => (reply.uncovered ? 'uncovered' : reply.outcome);

/**
 * The context to save, with the last question kept up to date: a new question (answered, clarified or fallen back
 * on) becomes the last question; a pick from a "did you mean" makes the picked entry the one it ended on; any other
 * turn keeps it. `next` is what the conversation logic saves (undefined: nothing of its own to save).
 */
export function rememberQuestion(
  next: ConversationState | undefined,
  state: ConversationState | undefined,
  turn: { asked?: LastQuestion; signal?: ClickSignal | undefined; now: number },
): ConversationState | undefined {
  const base = next ?? state;
  if (turn.asked && QUESTION_OUTCOMES.has(turn.asked.outcome)) {
    return withChanges(base ?? { painPoint: null, entryId: null, shown: [], updatedAt: turn.now }, { lastQuestion: turn.asked, updatedAt: turn.now });
  }
  const last = state?.lastQuestion;
  if (!last || !base) return next;
  if (turn.signal?.signal === 'pick') return withChanges(base, { lastQuestion: { ...last, entryId: turn.signal.entryId }, updatedAt: turn.now });
  return next ? withChanges(next, { lastQuestion: last }) : undefined;
}
