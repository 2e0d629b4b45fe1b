import type { Entry } from '../knowledge/schema.js';
import type { KnowledgeIndex } from '../match/knowledge-index.js';
import { todayFirst } from '../replies/today-first.js';

/**
 * The entry an uncovered reply leads with in full (a pack with `thresholds.closest`): the best entry, unless it
 * restates the 2018 seed and an entry of today is near (`todayFirst`). A seed entry still leads when no other
 * entry is near, and is still offered among the other answers.
 */
export function nearestAnswer(index: Pick<KnowledgeIndex, 'entries'>, best: Entry, nearest: readonly string[]): Entry {
  if (!best.seed) return best;
  const [first] = todayFirst(index, nearest);
  const modern = first === undefined ? undefined : index.entries.get(first);
  return modern && !modern.seed ? modern : best;
}
