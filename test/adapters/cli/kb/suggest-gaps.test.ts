import { describe, expect, it } from 'vitest';
import { gapSuggestions } from '../../../../adapters/cli/kb/suggest-gaps.js';
import { suggestionsSummary } from '../../../../adapters/cli/kb/suggest-summary.js';
import type { Suggestions } from '../../../../adapters/cli/kb/suggest-build.js';
import { gapClusters } from '../../../../adapters/report/gap-clusters.js';
import { questionRow } from '../../../fakes/store-rows.js';

const fallback = (questionId: string, userKey: string, text: string) => questionRow({ questionId, userKey, text, outcome: 'fallback', painPoint: 'billing', entryId: null });
const clusters = gapClusters({
  questions: [
    fallback('q1', 'a', 'do you do *tax* <advice>?'),
    fallback('q2', 'b', 'do you do tax advice'),
    fallback('q3', 'c', 'tax advice?'),
    fallback('q4', 'd', 'secret project falcon'),
    fallback('q5', 'e', 'secret project falcon'),
  ],
  feedback: [], escalations: [], gapVotes: [],
});

describe('gapSuggestions', () => {
  it('GIVEN gaps from 3 people and from 2 THEN both ranked and counted, id and words only for the first; later confirmations named', () => {
    const gaps = gapSuggestions(clusters, [{ questionId: 'q3', entryId: 'tax-basics', text: 'tax advice?', userKey: 'c', confirmations: ['pick'] }], 3);
    expect(gaps).toEqual([
      { rank: 1, people: 3, sources: { fallback: 3 }, painPoint: 'billing', confirmedOn: [{ entryId: 'tax-basics', questions: 1 }], shown: true, id: expect.stringMatching(/^[0-9a-f]{10}$/), wordings: ['do you do *tax* <advice>?', 'do you do tax advice', 'tax advice?'] },
      { rank: 2, people: 2, sources: { fallback: 2 }, painPoint: 'billing', confirmedOn: [], shown: false, wordings: [] },
    ]);
  });

  it('GIVEN the summary THEN words are escaped for Markdown and the small gap has counts only', () => {
    const s: Suggestions = { suggestions: [], covered: [], hidden: { groups: 0, questions: 0 }, unknownEntry: 0, questions: 5, confirmed: 0, vetoed: 0, gaps: gapSuggestions(clusters, [], 3) };
    const md = suggestionsSummary(s, { since: 0, until: 86_400_000, minPeople: 3, edits: [], footer: [] });
    expect(md).toContain('1. **3 people** · leans to billing · 3 fallbacks\n   - "do you do \\*tax\\* \\<advice\\>?"');
    expect(md).toContain('2. **2 people** · leans to billing · 2 fallbacks · fewer than 3 people: words not shown');
    expect(md).not.toContain('falcon');
  });
});
