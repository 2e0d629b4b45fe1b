import { describe, expect, it } from 'vitest';
import { gapClusters, shownWordings } from '../../../adapters/report/gap-clusters.js';
import type { EscalationRow, GapVoteRow } from '../../../adapters/store/reporting.js';
import { feedbackRow, questionRow } from '../../fakes/store-rows.js';

const vote = (questionId: string, userKey: string): GapVoteRow => ({
  at: 1, questionId, text: null, painPoint: null, outcome: 'fallback', platform: 'slack', workspaceId: null, userKey,
});
const escalation = (questionId: string, userKey: string): EscalationRow => ({
  at: 1, platform: 'slack', workspaceId: null, channelMode: 'auto', painPoint: 'infrastructure', entryId: null, resolvedAt: null, questionId, userKey,
});

describe('gapClusters', () => {
  it('GIVEN fallbacks, uncovered answers, comments, hand-offs and me-too votes THEN similar ones group, ranked by distinct people', () => {
    const clusters = gapClusters({
      questions: [
        questionRow({ questionId: 'q1', userKey: 'a', outcome: 'fallback', painPoint: null, text: 'how do we certify our model for ISO 42001?' }),
        questionRow({ questionId: 'q2', userKey: 'b', outcome: 'uncovered', painPoint: 'where-to-start', text: 'ISO 42001 certify model how?' }),
        questionRow({ questionId: 'q3', userKey: 'a', outcome: 'fallback', painPoint: null, text: 'how do we certify our model for ISO 42001?' }),
        questionRow({ questionId: 'q4', userKey: 'c', outcome: 'uncovered', painPoint: 'infrastructure', text: 'can we run inference on Graviton CPUs?' }),
        questionRow({ questionId: 'q5', userKey: 'd', outcome: 'answer', painPoint: 'infrastructure', text: 'how do we certify our model for ISO 42001?' }),
      ],
      feedback: [feedbackRow({ userKey: 'e', vote: 'down', comment: 'nothing about ISO 42001 certify for our model', painPoint: 'where-to-start' })],
      escalations: [escalation('q4', 'c')],
      gapVotes: [vote('q1', 'f'), vote('q1', 'a')],
    });
    expect(clusters.map((c) => [c.representative, c.people])).toEqual([
      ['how do we certify our model for ISO 42001?', 4],
      ['can we run inference on Graviton CPUs?', 1],
    ]);
    expect(clusters[0]).toMatchObject({ sources: { fallback: 2, uncovered: 1, comment: 1, 'me-too': 2 }, painPoint: 'where-to-start', questionIds: ['q1', 'q2', 'q3'] });
    expect(clusters[1]).toMatchObject({ sources: { uncovered: 1, escalation: 1 }, painPoint: 'infrastructure' });
    expect(clusters[0]?.id).toMatch(/^[0-9a-f]{10}$/);
  });

  it('GIVEN fewer than the minimum of people THEN no wording is shown', () => {
    const [cluster] = gapClusters({
      questions: [questionRow({ questionId: 'q1', userKey: 'a', outcome: 'fallback', text: 'secret project falcon pricing?' }), questionRow({ questionId: 'q2', userKey: 'b', outcome: 'fallback', text: 'secret project falcon pricing?' })],
      feedback: [], escalations: [], gapVotes: [],
    });
    expect(cluster && shownWordings(cluster)).toEqual([]);
    expect(cluster && shownWordings(cluster, 2)).toEqual(['secret project falcon pricing?']);
  });
});
