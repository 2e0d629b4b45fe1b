import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../adapters/report/build-digest.js';
import { escalationRow, feedbackRow, gapVoteRow, questionRow } from '../../fakes/store-rows.js';

const week = 7 * 86_400_000;
const until = Date.UTC(2026, 10, 30, 9);
const since = until - week;
const none = { questions: [], feedback: [], escalations: [], gapVotes: [] };

describe('buildDigest', () => {
  it('GIVEN questions this period, the previous one and older THEN each pain point is counted in both, the edges once', () => {
    const digest = buildDigest({
      ...none, since, until,
      questions: [
        questionRow({ at: since, painPoint: 'data' }),
        questionRow({ at: until - 1, painPoint: 'data' }),
        questionRow({ at: since + 5, painPoint: 'cost' }),
        questionRow({ at: since + 6, painPoint: null, outcome: 'fallback' }),
        questionRow({ at: since - 1, painPoint: 'cost' }),
        questionRow({ at: since - week, painPoint: 'cost' }),
        questionRow({ at: since - week, painPoint: 'infra' }),
        questionRow({ at: since - week - 1, painPoint: 'infra' }),
        questionRow({ at: until, painPoint: 'data' }),
      ],
    });
    expect(digest).toMatchObject({ since, until, questions: 4, previousQuestions: 3 });
    expect(digest.painPoints).toEqual([
      { key: 'data', count: 2, previous: 0 },
      { key: 'cost', count: 1, previous: 2 },
      { key: '(none)', count: 1, previous: 0 },
      { key: 'infra', count: 0, previous: 1 },
    ]);
    expect(digest.outcomes).toEqual([{ key: 'answer', count: 3 }, { key: 'clarify', count: 0 }, { key: 'fallback', count: 1 }]);
    expect(digest.buckets).toHaveLength(8);
    expect(digest.buckets.map((b) => b.total)).toEqual([0, 0, 0, 0, 0, 1, 3, 4]);
    expect(digest.buckets.at(-1)).toMatchObject({ since, until, perPainPoint: [{ key: 'data', count: 2 }, { key: '(none)', count: 1 }, { key: 'cost', count: 1 }] });
    expect(digest.buckets[0]?.since).toBe(until - 8 * week);
  });

  it('GIVEN a gap from 2 people and one from 3 THEN only the second shows its wordings; the first is a count', () => {
    const ask = (userKey: string, text: string, at = since + 10) => questionRow({ at, userKey, text, outcome: 'fallback', painPoint: null, questionId: `${userKey}-${text}` });
    const digest = buildDigest({
      ...none, since, until,
      questions: [
        ask('a', 'secret project falcon pricing?'), ask('a', 'secret project falcon pricing?'), ask('b', 'falcon project pricing secret?'),
        ask('c', 'how do we label images cheaply?'), ask('d', 'cheap way to label images?'), ask('e', 'how do we label images cheaply?'),
        ask('f', 'how do we label images cheaply?', since - 1),
      ],
    });
    expect(digest.gaps).toEqual({
      top: [{ wordings: ['how do we label images cheaply?', 'cheap way to label images?'], people: 3, meToo: 0, painPoint: null }],
      more: 0, hidden: 1, minPeople: 3,
    });
    expect(JSON.stringify(digest)).not.toContain('falcon');
    expect(buildDigest({ ...none, since, until, questions: [ask('a', 'zeta zone'), ask('b', 'zeta zone')], minPeople: 2 }).gaps.top).toHaveLength(1);
  });

  it('GIVEN one asker and two "me too" votes THEN the gap counts 3 people, 2 of them "me too", and is shown', () => {
    const digest = buildDigest({
      ...none, since, until,
      questions: [questionRow({ at: since + 1, userKey: 'a', outcome: 'uncovered', painPoint: 'infra', text: 'can we run inference on Graviton?', questionId: 'q1' })],
      gapVotes: [gapVoteRow({ at: since + 2, questionId: 'q1', userKey: 'b' }), gapVoteRow({ at: since + 3, questionId: 'q1', userKey: 'c' })],
    });
    expect(digest.gaps.top).toEqual([{ wordings: ['can we run inference on Graviton?'], people: 3, meToo: 2, painPoint: 'infra' }]);
    const withoutVotes = buildDigest({ ...none, since, until, questions: [questionRow({ at: since + 1, userKey: 'a', outcome: 'uncovered', text: 'can we run inference on Graviton?', questionId: 'q1' })] });
    expect(withoutVotes.gaps).toMatchObject({ top: [], hidden: 1 });
  });

  it('GIVEN more than five gaps that may be shown THEN the five with most people, and the rest as a number', () => {
    const topics = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'];
    const questions = topics.flatMap((topic, i) =>
      Array.from({ length: 3 + i }, (_, n) => questionRow({ at: since + 1, userKey: `${topic}${n}`, outcome: 'fallback', text: `how to ${topic}?` })),
    );
    const digest = buildDigest({ ...none, since, until, questions });
    expect(digest.gaps.top.map((g) => g.people)).toEqual([9, 8, 7, 6, 5]);
    expect(digest.gaps).toMatchObject({ more: 2, hidden: 0 });
  });

  it('GIVEN votes, a 👎 comment and hand-offs THEN feedback per entry counts votes only, and the hand-offs their resolution', () => {
    const digest = buildDigest({
      ...none, since, until,
      feedback: [
        feedbackRow({ at: since + 1, entryId: 'e1', vote: 'up' }),
        feedbackRow({ at: since + 2, entryId: 'e1', vote: 'down' }),
        feedbackRow({ at: since + 3, entryId: 'e1', vote: 'down', comment: 'nothing about my secret budget' }),
        feedbackRow({ at: since + 4, entryId: 'e2', vote: 'up' }),
        feedbackRow({ at: since - 4, entryId: 'e3', vote: 'up' }),
      ],
      escalations: [
        escalationRow({ at: since + 10, painPoint: 'infra', resolvedAt: since + 10 + 30 * 60_000 }),
        escalationRow({ at: since + 20, painPoint: 'infra' }),
        escalationRow({ at: since + 30, painPoint: 'data', resolvedAt: since + 30 + 90 * 60_000 }),
        escalationRow({ at: since - 30, painPoint: 'data' }),
      ],
    });
    expect(digest.feedback).toEqual({ up: 2, down: 1, entries: [{ entryId: 'e1', up: 1, down: 1 }, { entryId: 'e2', up: 1, down: 0 }] });
    expect(digest.handOffs).toMatchObject({ total: 3, resolved: 2, medianMinutesToResolve: 60, perPainPoint: [{ key: 'infra', count: 2 }, { key: 'data', count: 1 }] });
    expect(digest.handOffs.resolutionRate).toBeCloseTo(2 / 3);
  });
});
