import { describe, expect, it } from 'vitest';
import { confirmedQuestions } from '../../../../adapters/cli/kb/suggest-confirmed.js';
import { questionRow, signalRow } from '../../../fakes/store-rows.js';

describe('confirmedQuestions', () => {
  it('GIVEN a pick, 👍 and a follow-up THEN one confirmed question per question and entry, counted under its asker', () => {
    const { confirmed, vetoed } = confirmedQuestions(
      [questionRow({ questionId: 'q1', userKey: 'asker', text: 'explain my bill' })],
      [
        signalRow({ questionId: 'q1', signal: 'pick', entryId: 'invoices', userKey: 'asker' }),
        signalRow({ questionId: 'q1', signal: 'up', entryId: 'invoices', userKey: 'colleague' }),
        signalRow({ questionId: 'q1', signal: 'follow-up', entryId: 'invoices', userKey: 'colleague' }),
      ],
    );
    expect(vetoed).toBe(0);
    expect(confirmed).toEqual([{ questionId: 'q1', entryId: 'invoices', text: 'explain my bill', userKey: 'asker', confirmations: ['pick', 'up', 'follow-up'] }]);
  });

  it('GIVEN a 👎 on the entry, before or after a pick THEN the question is vetoed for that entry only', () => {
    const { confirmed, vetoed } = confirmedQuestions(
      [questionRow({ questionId: 'q1', text: 'bill?' }), questionRow({ questionId: 'q2', text: 'budget?' })],
      [
        signalRow({ questionId: 'q1', signal: 'pick', entryId: 'invoices' }),
        signalRow({ questionId: 'q1', signal: 'down', entryId: 'invoices' }),
        signalRow({ questionId: 'q2', signal: 'down', entryId: 'budgets' }),
        signalRow({ questionId: 'q2', signal: 'pick', entryId: 'budgets' }),
        signalRow({ questionId: 'q2', signal: 'up', entryId: 'alerts' }),
      ],
    );
    expect(vetoed).toBe(2);
    expect(confirmed.map((q) => [q.questionId, q.entryId])).toEqual([['q2', 'alerts']]);
  });

  it('GIVEN a question asked before the period, or logged without words THEN it is left out', () => {
    const { confirmed } = confirmedQuestions(
      [questionRow({ questionId: 'q2', text: null })],
      [signalRow({ questionId: 'q1', signal: 'up', text: 'older question' }), signalRow({ questionId: 'q2', signal: 'up', text: null })],
    );
    expect(confirmed).toEqual([]);
  });
});
