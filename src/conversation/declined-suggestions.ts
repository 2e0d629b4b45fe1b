import type { Entry } from '../knowledge/schema.js';
import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { Candidate } from '../match/match-question.js';
import { todayFirst } from '../replies/today-first.js';

/**
 * How far a declined question must lean to its likeliest pain point for the nearest entries to be offered under the
 * decline, as a share of the answer threshold. On real-dev (pack of 1bf1540, answer 0.24), 44 of its 162 declines were
 * in-scope questions: at 0.6, 36 of them lean that far, and for 16 of their 29 lines labelled with an entry that entry
 * is among the two offered (14 since the nearest entries are the whole guide's); 44 of the 118 declined out-of-scope
 * questions lean that far too, mostly ML-adjacent ones (careers, CI tools, a library's error). At 0.5 (40 and 56)
 * out-of-scope chatter ("should I create VPCs with IPv6?") starts to be offered ML entries; at 0.7 (32 and 40)
 * in-scope declines lose them.
 */
export const SUGGEST_SHARE = 0.6;

/** How many entries a decline offers: enough for a second reading, short enough to stay a decline. */
export const SUGGESTIONS = 2;

/**
 * The entries a declined question is offered "if it is about ML after all": the two nearest over the whole guide
 * (`Candidate.nearest`), today's before the 2018 seed's; none when the question does not lean in scope enough.
 */
export function declinedSuggestions(index: Pick<KnowledgeIndex, 'entries' | 'thresholds'>, candidates: readonly Candidate[]): Entry[] {
  const best = candidates[0];
  if (!best || best.score < index.thresholds.answer * SUGGEST_SHARE) return [];
  return todayFirst(index, best.nearest.slice(0, SUGGESTIONS))
    .map((id) => index.entries.get(id))
    .filter((e) => e !== undefined);
}
