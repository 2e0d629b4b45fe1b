import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../adapters/report/build-report.js';
import { feedbackRow as f, questionRow as q } from '../../fakes/store-rows.js';

describe('buildReport', () => {
  const report = buildReport({
    since: 500,
    until: 10_000,
    questions: [
      q({ at: 100, painPoint: 'too-old' }),
      q({}), q({}), q({ painPoint: 'hiring' }),
      q({ outcome: 'fallback', painPoint: null, entryId: null, text: 'do you support spark clusters' }),
      q({ outcome: 'fallback', painPoint: null, entryId: null, text: 'spark cluster support?' }),
      q({ outcome: 'fallback', painPoint: null, entryId: null, text: null }),
      q({ outcome: 'smalltalk', painPoint: null, entryId: null }),
      q({ outcome: 'clarify', painPoint: 'hiring', entryId: null }),
    ],
    feedback: [
      // A 👎 click is stored as a vote; the form's answer after it is a comment, not another vote.
      f({}), f({ vote: 'down' }), f({ vote: 'down', comment: 'older comment' }),
      f({ vote: 'down' }), f({ vote: 'down', comment: ' newer comment ', at: 2_000 }),
      f({ entryId: 'e2', painPoint: 'hiring' }), f({ at: 20_000 }),
    ],
  });

  it('GIVEN questions THEN they are counted per pain point, most asked first, only inside the period', () => {
    expect(report.questions).toBe(8);
    expect(report.painPoints).toEqual([
      { key: '(none)', count: 4 }, { key: 'data', count: 2 }, { key: 'hiring', count: 2 },
    ]);
  });

  it('GIVEN outcomes THEN answer, clarify and fallback come first, even at zero, then the others', () => {
    expect(report.outcomes).toEqual([
      { key: 'answer', count: 3 }, { key: 'clarify', count: 1 }, { key: 'fallback', count: 3 }, { key: 'smalltalk', count: 1 },
    ]);
    expect(buildReport({ questions: [], feedback: [], since: 0, until: 1 }).outcomes.map((o) => o.count)).toEqual([0, 0, 0]);
  });

  it('GIVEN fallbacks THEN similar ones are one gap and those without text are counted apart', () => {
    expect(report.gaps).toEqual([
      { representative: 'do you support spark clusters', count: 2, variants: ['spark cluster support?'] },
    ]);
    expect(report.gapsWithoutText).toBe(1);
  });

  it('GIVEN votes and comments THEN each entry has its 👍/👎 and comments newest first, most 👎 first', () => {
    expect(report.feedback).toEqual({
      total: 4, up: 2, down: 2,
      entries: [
        { entryId: 'e1', painPoint: 'data', up: 1, down: 2, comments: ['newer comment', 'older comment'] },
        { entryId: 'e2', painPoint: 'hiring', up: 1, down: 0, comments: [] },
      ],
    });
  });
});

describe('buildReport: uncovered questions', () => {
  const report = buildReport({
    since: 0,
    until: 10_000,
    questions: [
      q({}),
      q({ outcome: 'uncovered', painPoint: 'data', entryId: null, text: 'how do we version our datasets' }),
      q({ outcome: 'uncovered', painPoint: 'data', entryId: null, text: 'how to version datasets?' }),
      q({ outcome: 'uncovered', painPoint: 'data', entryId: null, text: null }),
      q({ outcome: 'uncovered', painPoint: 'hiring', entryId: null, text: 'what does an ml engineer earn' }),
      q({ outcome: 'fallback', painPoint: null, entryId: null, text: 'whats the weather' }),
    ],
    feedback: [],
  });

  it('GIVEN questions answered at the pain-point level for want of an entry THEN they are listed per pain point, apart from fallbacks', () => {
    expect(report.uncovered).toEqual([
      { painPoint: 'data', count: 3, withoutText: 1, groups: [{ representative: 'how do we version our datasets', count: 2, variants: ['how to version datasets?'] }] },
      { painPoint: 'hiring', count: 1, withoutText: 0, groups: [{ representative: 'what does an ml engineer earn', count: 1, variants: [] }] },
    ]);
    expect(report.gaps.map((g) => g.representative)).toEqual(['whats the weather']);
    expect(report.outcomes).toContainEqual({ key: 'uncovered', count: 4 });
  });
});
