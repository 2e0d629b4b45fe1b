import { shownWordings, type GapCluster, type GapSource } from '../../report/gap-clusters.js';
import type { ConfirmedQuestion } from './suggest-confirmed.js';

/** A knowledge gap as `kb suggest` shows it: counts always; an id and wordings only from enough people. */
export interface GapSuggestion {
  rank: number;
  people: number;
  /** Pieces of evidence per source (fallback, uncovered, comment, escalation, me-too). */
  sources: Partial<Record<GapSource, number>>;
  painPoint: string | null;
  /**
   * Entries its questions were confirmed on afterwards (picked from the nearest entries, 👍…), with how many: the
   * knowledge has the answer, and the fix is likely a phrasing rather than a new entry.
   */
  confirmedOn: Array<{ entryId: string; questions: number }>;
  /** True when at least the minimum number of people are behind it: `id` and `wordings` are set only then. */
  shown: boolean;
  id?: string;
  /** Representative questions, most asked first (at most `maxWordings`). */
  wordings: string[];
}

function confirmedOn(cluster: GapCluster, entriesOf: ReadonlyMap<string, string[]>): GapSuggestion['confirmedOn'] {
  const counts = new Map<string, number>();
  for (const id of cluster.questionIds) for (const entryId of entriesOf.get(id) ?? []) counts.set(entryId, (counts.get(entryId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([entryId, questions]) => ({ entryId, questions }));
}

/** The period's gap clusters, ranked by distinct people, with their words only through `shownWordings`. */
export function gapSuggestions(clusters: readonly GapCluster[], confirmed: readonly ConfirmedQuestion[], minPeople: number, maxWordings = 5): GapSuggestion[] {
  const entriesOf = new Map<string, string[]>();
  for (const q of confirmed) entriesOf.set(q.questionId, [...(entriesOf.get(q.questionId) ?? []), q.entryId]);
  return clusters.map((c, i) => {
    const shown = c.people >= minPeople;
    return {
      rank: i + 1,
      people: c.people,
      sources: c.sources,
      painPoint: c.painPoint,
      confirmedOn: confirmedOn(c, entriesOf),
      shown,
      ...(shown ? { id: c.id } : {}),
      wordings: shownWordings(c, minPeople).slice(0, maxWordings),
    };
  });
}
