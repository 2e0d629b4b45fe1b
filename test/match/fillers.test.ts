import { describe, expect, it } from 'vitest';
import { withoutFillers } from '../../src/match/fillers.js';

describe('withoutFillers', () => {
  it.each([
    ['so um how do you uh decide when to retrain you know the model', 'so how do you decide when to retrain the model'],
    ['Yeah so, I mean, which GPU should we rent?', 'so, which GPU should we rent?'],
    ['hmm, umm what does a labelling team cost', 'what does a labelling team cost'],
  ])('GIVEN %j THEN %j', (text, question) => {
    expect(withoutFillers(text)).toBe(question);
  });

  it.each(['Do you know a good labelling tool?', 'how do you know the data is good enough?', 'umbrella budgets for ML teams', 'um', 'what is uhura'])(
    'GIVEN %j THEN the text is left as it was',
    (text) => {
      expect(withoutFillers(text)).toBe(text);
    },
  );
});
