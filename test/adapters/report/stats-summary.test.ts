import { describe, expect, it } from 'vitest';
import { createStats } from '../../../adapters/report/stats-summary.js';
import type { Reporting } from '../../../adapters/store/reporting.js';
import { feedbackRow, questionRow } from '../../fakes/store-rows.js';

describe('createStats', () => {
  it('GIVEN a store THEN the summary covers the last days, asked fresh on each call', async () => {
    const asked: number[] = [];
    const rows = [questionRow({ at: 95 * 86_400_000, painPoint: 'hiring' })];
    const store: Reporting = {
      questionsSince: async (since) => {
        asked.push(since);
        return rows;
      },
      feedbackSince: async () => [feedbackRow({ at: 95 * 86_400_000 })],
      escalationsSince: async () => [],
      entrySignalsSince: async () => [],
      gapVotesSince: async () => [],
    };
    const stats = createStats(store, { days: 7, clock: () => 100 * 86_400_000 });
    expect(await stats()).toMatch(/^ml-advisor report: 1970-04-04 to 1970-04-11\n1 question, 1 feedback \(1 👍, 0 👎\)/);
    rows.push(questionRow({ at: 96 * 86_400_000 }));
    expect(await stats()).toContain('2 questions');
    expect(asked).toEqual([93 * 86_400_000, 93 * 86_400_000]);
  });
});
