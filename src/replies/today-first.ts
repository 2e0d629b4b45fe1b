import type { KnowledgeIndex } from '../match/knowledge-index.js';

/**
 * Entry ids with the entries of today before those restating the 2018 seed (`seed: true`), each group in the
 * given order. A question nobody could match with confidence is a question of today: on real-dev, 1 of the 25
 * unsure replies led by a seed entry had the right one, while the next near entry often was.
 */
export function todayFirst(index: Pick<KnowledgeIndex, 'entries'>, ids: readonly string[]): string[] {
  const isSeed = (id: string): number => Number(index.entries.get(id)?.seed ?? false);
  return [...ids].sort((a, b) => isSeed(a) - isSeed(b));
}
