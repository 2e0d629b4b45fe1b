import type { Entry } from '../knowledge/schema.js';
import type { KnowledgeIndex } from '../match/knowledge-index.js';

/**
 * The entry an uncovered reply leads with: the best entry, unless it restates the 2018 seed and another near entry
 * does not. A question nobody could match with confidence is a question of today; the seed's 2018 services and
 * prices were almost never what such a question needed (on real-dev, 1 of the 25 replies led by a seed entry),
 * while the next near entry often was. A seed entry still leads when no other entry is near, and is still offered
 * among the other answers.
 */
export function nearestAnswer(index: Pick<KnowledgeIndex, 'entries'>, best: Entry, nearest: readonly string[]): Entry {
  if (!best.seed) return best;
  const modern = nearest.map((id) => index.entries.get(id)).find((e) => e !== undefined && !e.seed);
  return modern ?? best;
}
