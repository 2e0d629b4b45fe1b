import type { EntrySignalRecord } from '../store/store.js';
import type { LastQuestion } from './last-question.js';

/** What a click says about the last question: a signal for one entry, or nothing. */
export type ClickSignal = Pick<EntrySignalRecord, 'signal' | 'entryId'>;

/**
 * Reads a click against the conversation's last question:
 * - `entry:X` after a "did you mean" or a "no specific answer yet" (no entry yet): a `pick` of X;
 * - `entry:X` after an answer with an entry: a `follow-up` that confirms the answered entry;
 * - `feedback:up:X` / `feedback:down:X` on the answered (or picked) entry: `up` / `down`.
 * Anything else, or a click about another entry than the question ended on, says nothing.
 */
export function clickSignal(actionId: string, last: LastQuestion | undefined): ClickSignal | undefined {
  if (!last) return undefined;
  const [kind = '', first = '', second = ''] = actionId.trim().split(':');
  if (kind === 'entry' && first) {
    if (last.entryId === null && (last.outcome === 'clarify' || last.outcome === 'uncovered')) return { signal: 'pick', entryId: first };
    if (last.entryId !== null && last.outcome !== 'fallback') return { signal: 'follow-up', entryId: last.entryId };
    return undefined;
  }
  if (kind === 'feedback' && (first === 'up' || first === 'down') && second && second === last.entryId) {
    return { signal: first, entryId: second };
  }
  return undefined;
}
