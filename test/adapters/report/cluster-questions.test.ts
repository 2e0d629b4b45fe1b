import { describe, expect, it } from 'vitest';
import { clusterQuestions, jaccard, tokenSet } from '../../../adapters/report/cluster-questions.js';

describe('clusterQuestions', () => {
  it('GIVEN a question THEN its tokens drop stop words, case, accents and plural s', () => {
    expect([...tokenSet('How do we LABEL the Images? Café process')]).toEqual(['label', 'image', 'cafe', 'process']);
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
  });

  it('GIVEN reworded questions on two topics THEN they form two groups, the largest first', () => {
    const groups = clusterQuestions([
      'how do we version our training data?',
      'what GPU should we buy for training',
      'how to version training data',
      'versioning training data sets',
      'which GPU to buy for model training?',
      'how to version training data',
      'can the bot write poems',
    ]);
    expect(groups.map((g) => g.count)).toEqual([4, 2, 1]);
    expect(groups[0]).toEqual({
      representative: 'how to version training data',
      count: 4,
      variants: ['how do we version our training data?', 'versioning training data sets'],
    });
    expect(groups[1]?.representative).toBe('what GPU should we buy for training');
    expect(groups[2]?.representative).toBe('can the bot write poems');
  });

  it('GIVEN blank texts or only stop words THEN blanks vanish and stop-word-only texts stay apart', () => {
    expect(clusterQuestions(['  ', 'how?', 'why?'])).toEqual([
      { representative: 'how?', count: 1, variants: [] },
      { representative: 'why?', count: 1, variants: [] },
    ]);
  });
});
