import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import {
  blendOutOfScope,
  blendPainPoints,
  decide,
  ENTRY_MODEL_WEIGHT,
  matchQuestion,
  NEIGHBOUR_SCOPE_WEIGHT,
  NEIGHBOUR_WEIGHT,
  RESCUE_ENTRY,
  scoreQuestion,
  type Candidate,
  type Scores,
} from '../../src/match/match-question.js';
import { sharedIndex } from '../fakes/core-advisor.js';
import { tempPackIndex } from '../fakes/temp-pack.js';
import { outOfScope, paraphrases, smalltalk } from './paraphrases.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await sharedIndex();
});

const inScope = Object.entries(paraphrases).flatMap(([painPoint, questions]) => questions.map((q) => ({ painPoint, q })));

describe('matchQuestion on the shipped knowledge', () => {
  it.each(inScope)('GIVEN "$q" THEN it answers from $painPoint', ({ painPoint, q }) => {
    const result = matchQuestion(index, q);
    expect(result.outcome).toBe('answer');
    if (result.outcome !== 'answer') return;
    expect(result.candidate.painPoint).toBe(painPoint);
    expect(result.confidence).toBeGreaterThanOrEqual(index.thresholds.answer);
    if (result.candidate.entryId) expect(index.entries.get(result.candidate.entryId)?.painPoint).toBe(painPoint);
  });

  it.each(outOfScope)('GIVEN the out-of-scope "%s" THEN it falls back', (q) => {
    expect(matchQuestion(index, q).outcome).toBe('fallback');
  });

  it.each(smalltalk)('GIVEN the smalltalk "%s" THEN it is smalltalk with a known intent', (q) => {
    const result = matchQuestion(index, q);
    expect(result.outcome).toBe('smalltalk');
    if (result.outcome === 'smalltalk') expect(index.smalltalk.has(result.intent)).toBe(true);
  });

  it.each([
    ['how do we stop paying for notebok instances nobody uses', 'cost-control'],
    ['our data scientsts wait weeks for IT to hand them servers', 'slow-delivery'],
    ['we bought GPUs last year and theyre already outdatd', 'infrastructure'],
    ['is there an off-the-shelf word embeding algorithm for our text', 'no-ml-code'],
  ])('GIVEN a typo in "%s" THEN it still answers from %s', (q, painPoint) => {
    const result = matchQuestion(index, q);
    expect(result.outcome === 'answer' ? result.candidate.painPoint : result.outcome).toBe(painPoint);
  });

  it.each(['', '   ', '???', '<@U123> <!here>', '12345 67890'])('GIVEN the empty-ish %j THEN it does not answer', (q) => {
    expect(matchQuestion(index, q).outcome).not.toBe('answer');
  });

  it('GIVEN any question THEN the confidence is in 0..1', () => {
    for (const q of [...inScope.map((x) => x.q), ...outOfScope, ...smalltalk]) {
      const { confidence } = matchQuestion(index, q);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('nearest entries', () => {
  it('GIVEN a question THEN every candidate offers the whole guide\'s likeliest entries, most likely first, at most three, no repeats', async () => {
    const { index, remove } = await tempPackIndex();
    try {
      const s = scoreQuestion(index, 'how do I read the invoice');
      const [first, second] = s.ranked;
      expect(first).toMatchObject({ painPoint: 'billing', entryId: 'invoices' });
      expect(first!.nearest[0]).toBe('invoices');
      expect(new Set(first!.nearest)).toEqual(new Set(['invoices', 'budgets', 'interviews']));
      expect(first!.nearest).toHaveLength(3);
      // Whatever the candidate's pain point: the other one offers the same entries.
      expect(second!.nearest).toEqual(first!.nearest);
      const hiring = scoreQuestion(index, 'interview questions for ml engineers').ranked;
      expect(hiring[0]!.nearest[0]).toBe('interviews');
    } finally {
      remove();
    }
  });
});

describe('decide', () => {
  const c = (painPoint: string, score: number, entryScore = 1): Candidate => ({ painPoint, score, entryId: `${painPoint}-entry`, entryScore, nearest: [] });
  const scores = (ranked: Candidate[], rest: Partial<Scores> = {}): Scores => ({ ranked, smalltalk: 0, smalltalkIntent: null, outOfScope: 0, ...rest });
  const thresholds = { answer: 0.35, clarifyMargin: 0.1 };

  it.each([
    { name: 'a clear winner', s: scores([c('a', 0.8), c('b', 0.1)]), outcome: 'answer' },
    { name: 'a weak best match', s: scores([c('a', 0.2), c('b', 0.05)], { outOfScope: 0.1 }), outcome: 'fallback' },
    { name: 'out of scope above every pain point', s: scores([c('a', 0.3), c('b', 0.1)], { outOfScope: 0.6 }), outcome: 'fallback' },
    { name: 'smalltalk above everything', s: scores([c('a', 0.1)], { smalltalk: 0.85, smalltalkIntent: 'greeting' }), outcome: 'smalltalk' },
    { name: 'two close, unsure pain points', s: scores([c('a', 0.4), c('b', 0.36), c('c', 0.1)]), outcome: 'clarify' },
    { name: 'two close pain points under the threshold', s: scores([c('a', 0.3), c('b', 0.28)]), outcome: 'clarify' },
    { name: 'no pain point at all', s: scores([]), outcome: 'fallback' },
  ])('GIVEN $name THEN $outcome', ({ s, outcome }) => {
    expect(decide(s, thresholds).outcome).toBe(outcome);
  });

  it('GIVEN out of scope a little above the best pain point THEN an out-of-scope ratio above 1 answers it, and a larger lead still declines', () => {
    const leaning = scores([c('a', 0.4), c('b', 0.1)], { outOfScope: 0.5 });
    expect(decide(leaning, thresholds).outcome).toBe('fallback');
    expect(decide(leaning, { ...thresholds, outOfScopeRatio: 1.5 })).toMatchObject({ outcome: 'answer', candidate: { painPoint: 'a' } });
    expect(decide(scores([c('a', 0.3), c('b', 0.1)], { outOfScope: 0.6 }), { ...thresholds, outOfScopeRatio: 1.5 }).outcome).toBe('fallback');
  });

  it('GIVEN a clear pain point whose best entry barely stands out THEN an answer that is not covered', () => {
    const result = decide(scores([c('a', 0.8, 0.2), c('b', 0.1)]), { ...thresholds, entry: 0.3 });
    expect(result).toMatchObject({ outcome: 'answer', covered: false });
  });

  it('GIVEN a clear entry under a pain point that competes with another THEN not covered either (entry share × √pain point share)', () => {
    const result = decide(scores([c('a', 0.45, 0.9), c('b', 0.35)]), { ...thresholds, answer: 0.3, clarifyMargin: 0.05, entry: 0.75 });
    expect(result).toMatchObject({ outcome: 'answer', covered: false });
  });

  it('GIVEN a pain point that competes with another but an entry the entry classifier is sure of THEN covered, with that confidence', () => {
    const split = { ...c('a', 0.45, 0.95), entryProbability: 0.93 };
    const result = decide(scores([split, c('b', 0.35)]), { ...thresholds, answer: 0.3, clarifyMargin: 0.05, entry: 0.85 });
    expect(result).toMatchObject({ outcome: 'answer', covered: true });
    if (result.outcome === 'answer') expect(result.entryConfidence).toBeCloseTo(0.93 * 0.95, 6);
    // The same split with an unsure entry classifier stays uncovered (√(0.45 / 0.8) × 0.95 ≈ 0.71).
    expect(decide(scores([{ ...split, entryProbability: 0.5 }, c('b', 0.35)]), { ...thresholds, answer: 0.3, clarifyMargin: 0.05, entry: 0.85 })).toMatchObject({ covered: false });
  });

  it('GIVEN an entry above the entry threshold, or no entry threshold THEN the answer is covered', () => {
    expect(decide(scores([c('a', 0.8, 0.4)]), { ...thresholds, entry: 0.3 })).toMatchObject({ covered: true });
    expect(decide(scores([c('a', 0.95, 0.9)]), { ...thresholds, entry: 0.85 })).toMatchObject({ covered: true });
    // Doubt about scope (out of scope at 0.35) is not doubt about the entry: the only pain point holds all in-scope mass.
    expect(decide(scores([c('a', 0.6, 0.95)], { outOfScope: 0.35 }), { ...thresholds, entry: 0.85 })).toMatchObject({ covered: true });
    expect(decide(scores([c('a', 0.8, 0.01)]), thresholds)).toMatchObject({ covered: true });
  });

  describe('an entry the entry classifier is sure of, where the pain points alone would decline or ask', () => {
    // In-scope weight spread over three pain points (0.55 in all), out of scope above each of them (0.3).
    const spread = (second: Partial<Candidate>, rest: Partial<Scores> = { outOfScope: 0.3 }): Scores =>
      scores([c('a', 0.25), { ...c('b', 0.2), ...second }, c('c', 0.1)], rest);

    it('GIVEN the entry classifier at RESCUE_ENTRY or more THEN an answer from that entry\'s pain point', () => {
      expect(decide(spread({ entryProbability: 0.3 }), thresholds).outcome).toBe('fallback');
      const result = decide(spread({ entryProbability: RESCUE_ENTRY }), { ...thresholds, entry: 0.9 });
      expect(result).toMatchObject({ outcome: 'answer', candidate: { painPoint: 'b', entryId: 'b-entry' }, confidence: 0.2 });
      // Its entry is trusted on the usual rule: here the classifier's 0.4 is under the entry threshold.
      expect(result).toMatchObject({ covered: false });
      expect(decide(spread({ entryProbability: 0.95 }), { ...thresholds, entry: 0.9 })).toMatchObject({ outcome: 'answer', covered: true });
    });

    it('GIVEN out of scope or smalltalk outweighing all pain points together THEN no rescue', () => {
      expect(decide(spread({ entryProbability: 0.9 }, { outOfScope: 0.6 }), thresholds).outcome).toBe('fallback');
      expect(decide(spread({ entryProbability: 0.9 }, { smalltalk: 0.6, smalltalkIntent: 'greeting' }), thresholds).outcome).toBe('smalltalk');
    });

    it('GIVEN a "did you mean…" between pain points THEN a sure entry answers instead', () => {
      const close = scores([c('a', 0.3), { ...c('b', 0.28), entryProbability: 0.7 }]);
      expect(decide(close, thresholds)).toMatchObject({ outcome: 'answer', candidate: { painPoint: 'b' } });
    });
  });

  it('GIVEN a clarify THEN it offers at most three candidates, best first', () => {
    const result = decide(scores([c('a', 0.3), c('b', 0.29), c('c', 0.28), c('d', 0.27)]), { answer: 0.5, clarifyMargin: 0.1 });
    expect(result.outcome).toBe('clarify');
    if (result.outcome === 'clarify') {
      expect(result.candidates.length).toBeLessThanOrEqual(3);
      expect(result.candidates[0]?.painPoint).toBe('a');
    }
  });
});

describe('blendPainPoints with the entry model', () => {
  it('GIVEN the topic model torn between two pain points and the entry model clear THEN the entry model tips it, within the same in-scope mass', () => {
    const topic = new Map([['where-to-start', 0.48], ['no-ml-code', 0.44], ['data-preparation', 0.03]]);
    const entries = new Map([['where-to-start', 0.05], ['no-ml-code', 0.93], ['data-preparation', 0.02]]);
    const joint = blendPainPoints(topic, entries, ENTRY_MODEL_WEIGHT);
    expect(joint.get('no-ml-code')!).toBeGreaterThan(joint.get('where-to-start')!);
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(sum(joint)).toBeCloseTo(sum(topic), 9);
  });

  it('GIVEN both models agreeing THEN the order stays, and with no opinion at all from the other the scores are used as they are', () => {
    const topic = new Map([['cost-control', 0.7], ['infrastructure', 0.2]]);
    const joint = blendPainPoints(topic, new Map([['cost-control', 0.8], ['infrastructure', 0.2]]), ENTRY_MODEL_WEIGHT);
    expect(joint.get('cost-control')!).toBeGreaterThan(joint.get('infrastructure')!);
    expect(blendPainPoints(topic, new Map(), ENTRY_MODEL_WEIGHT)).toBe(topic);
  });
});

describe('blendPainPoints with the nearest examples', () => {
  it('GIVEN two close pain points and votes for the second THEN it overtakes, within the same in-scope mass', () => {
    const scores = new Map([['a', 0.5], ['b', 0.45]]);
    const moved = blendPainPoints(scores, new Map([['a', 0.05], ['b', 1]]), NEIGHBOUR_WEIGHT);
    expect(moved.get('b')!).toBeGreaterThan(moved.get('a')!);
    expect([...moved.values()].reduce((x, y) => x + y, 0)).toBeCloseTo(0.95, 9);
  });

  it('GIVEN a clear winner and votes against it THEN the votes alone do not overturn it', () => {
    const moved = blendPainPoints(new Map([['a', 0.9], ['b', 0.05]]), new Map([['a', 0.05], ['b', 1]]), NEIGHBOUR_WEIGHT);
    expect(moved.get('a')!).toBeGreaterThan(moved.get('b')!);
  });
});

describe('blendOutOfScope with the nearest examples', () => {
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

  it('GIVEN out of scope barely ahead of the best pain point and the nearest examples all in scope THEN the pain point wins, within the same total and proportions', () => {
    const painPoints = new Map([['infrastructure', 0.3], ['cost-control', 0.1]]);
    const moved = blendOutOfScope(painPoints, 0.55, 0.05, NEIGHBOUR_SCOPE_WEIGHT);
    expect(moved.painPoints.get('infrastructure')!).toBeGreaterThan(moved.outOfScope);
    expect(sum(moved.painPoints) + moved.outOfScope).toBeCloseTo(0.95, 9);
    expect(moved.painPoints.get('infrastructure')! / moved.painPoints.get('cost-control')!).toBeCloseTo(3, 9);
  });

  it('GIVEN a clearly out-of-scope question THEN in-scope neighbours alone do not bring it in, and out-of-scope neighbours push further out', () => {
    const painPoints = new Map([['infrastructure', 0.08]]);
    expect(blendOutOfScope(painPoints, 0.9, 0.05, NEIGHBOUR_SCOPE_WEIGHT).outOfScope).toBeGreaterThan(0.5);
    expect(blendOutOfScope(new Map([['a', 0.4]]), 0.4, 0.95, NEIGHBOUR_SCOPE_WEIGHT).outOfScope).toBeGreaterThan(0.4);
  });

  it('GIVEN a neutral opinion (0.5) THEN the balance moves only by the weighting, and with nothing in scope nothing changes', () => {
    const painPoints = new Map([['a', 0.5]]);
    const moved = blendOutOfScope(painPoints, 0.5, 0.5, NEIGHBOUR_SCOPE_WEIGHT);
    expect(moved.outOfScope).toBeCloseTo(0.5, 9);
    const none = new Map<string, number>();
    expect(blendOutOfScope(none, 0.7, 0.1, NEIGHBOUR_SCOPE_WEIGHT).painPoints).toBe(none);
  });
});
