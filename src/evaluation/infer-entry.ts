import type { Entry } from '../knowledge/schema.js';
import type { LabelledQuestion } from './labelled-question.js';

const has = (text: string, words: readonly string[]): boolean => {
  const lower = text.toLowerCase();
  return words.every((w) => lower.includes(w.toLowerCase()));
};

/**
 * A line that names the facts its answer must contain (`expect`) but not its entry: the entry is the only one
 * whose title holds those facts, else the only one whose answer does. Lines where that is not one entry, or
 * that already name their entry, are left as they are. Lets the entry threshold be calibrated on clear,
 * fact-seeking questions as well as on real ones.
 */
export function inferEntries(items: readonly LabelledQuestion[], entries: readonly Entry[]): LabelledQuestion[] {
  return items.map((item) => {
    if (item.entry !== undefined || !item.expect?.length) return item;
    const words = item.expect;
    const byTitle = entries.filter((e) => e.painPoint === item.label && has(e.title, words));
    const byBody = entries.filter((e) => e.painPoint === item.label && has(`${e.title}\n${e.body}`, words));
    const only = byTitle.length === 1 ? byTitle[0] : byBody.length === 1 ? byBody[0] : undefined;
    return only ? { ...item, entry: only.id } : item;
  });
}
