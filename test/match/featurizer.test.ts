import { describe, expect, it } from 'vitest';
import { Featurizer, MAX_WORD_LENGTH } from '../../src/match/featurizer.js';

const texts = ['how do we label images', 'label our images cheaply', 'which gpu for training', 'gpu training costs', 'xxxx one', 'xxxx two'];

describe('Featurizer', () => {
  it('GIVEN a fitted featurizer THEN a text gives a unit-length vector over known features', () => {
    const f = new Featurizer();
    f.fit(texts);
    const v = f.transform('label images');
    expect(v.idx.length).toBeGreaterThan(0);
    expect([...v.val].reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 5);
    expect(Math.max(...v.idx)).toBeLessThan(f.size);
  });

  it('GIVEN a typo of a known word THEN it is corrected into the same vector', () => {
    const f = new Featurizer();
    f.fit(texts);
    expect(f.transform('lable images')).toEqual(f.transform('label images'));
    expect(f.transform('lable images', false)).not.toEqual(f.transform('label images'));
  });

  it('GIVEN a "word" longer than a word can be THEN it adds no character n-grams and is not spell-corrected', () => {
    const f = new Featurizer();
    f.fit(texts);
    // 'x' × n shares the n-grams " xx", "xxx", "xxxx" with the training texts' "xxxx" when n-grams are taken.
    expect(f.transform('x'.repeat(MAX_WORD_LENGTH)).idx.length).toBeGreaterThan(0);
    expect(f.transform('x'.repeat(2_000)).idx.length).toBe(0);
    expect(f.transform(`label images ${'x'.repeat(2_000)}`)).toEqual(f.transform('label images'));
  });
});
