import { describe, expect, it } from 'vitest';
import { matchQuestion, type MatchResult } from '../../src/match/match-question.js';
import { pastIntroduction } from '../../src/match/self-introduction.js';
import { sharedIndex } from '../fakes/core-advisor.js';
import { paraphrases } from './paraphrases.js';

const introduction = "We're a 20-person fintech in Berlin selling accounting software to small businesses. I'm the CTO and we just raised a seed round. ";
const declined: MatchResult = { outcome: 'fallback', confidence: 0, candidates: [] };
const seen = (m: MatchResult): string => (m.outcome === 'answer' ? `${m.candidate.painPoint} ${m.covered ? m.candidate.entryId : '-'}` : m.outcome);

describe('pastIntroduction', () => {
  it('GIVEN questions after a two-sentence introduction of the company THEN most are read as they would be without it', async () => {
    const index = await sharedIndex();
    const questions = Object.entries(paraphrases)
      .filter(([label]) => label !== 'oos' && label !== 'smalltalk')
      .flatMap(([, qs]) => qs);
    let kept = 0;
    let keptWithout = 0;
    for (const question of questions) {
      const bare = seen(matchQuestion(index, question));
      const whole = matchQuestion(index, introduction + question);
      const past = pastIntroduction(index, introduction + question, whole);
      if (seen(past?.match ?? whole) === bare) kept++;
      if (seen(whole) === bare) keptWithout++;
    }
    expect(kept).toBeGreaterThanOrEqual(questions.length - 5);
    expect(keptWithout).toBeLessThan(kept - 10);
  });

  it('GIVEN an introduction set aside THEN the text read starts after it and keeps the question', async () => {
    const index = await sharedIndex();
    const question = paraphrases['cost-control']![0]!;
    const past = pastIntroduction(index, introduction + question, matchQuestion(index, introduction + question));
    expect(past?.text.startsWith("We're")).toBe(false);
    expect(past?.text.endsWith(question)).toBe(true);
  });

  it.each([
    ['a first sentence on the topic', "We're a fintech and our churn model takes weeks to reach production. What should we change?"],
    ['a first sentence that asks', "I'm new here, is this the right channel? How do we cut our GPU bill?"],
    ['a first sentence that is no introduction', 'Pricing page confusion. How do we cut our GPU bill?'],
    ['too little after it', "We're a fintech in Berlin. Costs?"],
  ])('GIVEN %s THEN nothing is set aside', async (_what, text) => {
    const index = await sharedIndex();
    expect(pastIntroduction(index, text, declined)).toBeNull();
  });

  it('GIVEN a rest that reads no better and no second introduction THEN the introduction is not asked on its own', async () => {
    const index = await sharedIndex();
    const read: string[] = [];
    const transform = index.featurizer.transform.bind(index.featurizer);
    index.featurizer.transform = (text, correct) => {
      read.push(text);
      return transform(text, correct);
    };
    try {
      const text = "We're a fintech in Berlin. Zorblat quendle frimp vask, drombo kilt?";
      expect(pastIntroduction(index, text, declined)).toBeNull();
      expect(read).toEqual(['Zorblat quendle frimp vask, drombo kilt?']);
    } finally {
      index.featurizer.transform = transform;
    }
  });

  it('GIVEN the whole message answered with an entry THEN it is not read again', async () => {
    const index = await sharedIndex();
    const covered = matchQuestion(index, paraphrases['cost-control']![0]!);
    expect(covered).toMatchObject({ outcome: 'answer', covered: true });
    expect(pastIntroduction(index, `${introduction}${paraphrases['cost-control']![0]!}`, covered)).toBeNull();
  });
});
