import { describe, expect, it } from 'vitest';
import { Featurizer, MAX_WORD_LENGTH, defaultFeatureWeights } from '../../src/match/featurizer.js';
import type { SparseVector } from '../../src/match/sparse-vector.js';
import { WordVectors } from '../../src/match/word-vectors.js';
import { tinyWordVectors } from '../fakes/word-vectors.js';

const dot = (a: SparseVector, b: SparseVector): number => {
  const at = new Map([...a.idx].map((i, k) => [i, a.val[k]!]));
  return [...b.idx].reduce((sum, i, k) => sum + (at.get(i) ?? 0) * b.val[k]!, 0);
};

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

  it('GIVEN one of the last two texts again THEN its vector is reused; an older text, another flag or a refit computes anew', () => {
    const f = new Featurizer();
    f.fit(texts);
    const first = f.transform('label images');
    expect(f.transform('label images')).toBe(first);
    const gpu = f.transform('gpu training');
    expect(gpu).not.toEqual(first);
    expect(f.transform('label images')).toBe(first);
    expect(f.transform('gpu training')).toBe(gpu);
    expect(f.transform('label images', false)).not.toBe(first);
    expect(f.transform('label images', false)).toEqual(first);
    const again = f.transform('label images');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    f.fit(['label images for training', ...texts]);
    expect(f.transform('label images')).not.toBe(again);
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

  it('GIVEN word vectors THEN words no training text shares still meet by meaning, and only then', () => {
    const vectors = WordVectors.parse(tinyWordVectors());
    const plain = new Featurizer();
    const withVectors = new Featurizer({ ...defaultFeatureWeights, vectors: 1 }, vectors);
    plain.fit(texts);
    withVectors.fit(texts);
    expect(withVectors.size).toBe(plain.size + vectors.dimensions);
    // "annotation" appears in no training text; its vector is near "label"'s, far from "gpu"'s.
    const asked = withVectors.transform('annotation');
    expect(dot(asked, withVectors.transform('label images'))).toBeGreaterThan(dot(asked, withVectors.transform('which gpu')) + 0.3);
    expect(dot(plain.transform('annotation'), plain.transform('label images'))).toBe(0);
    expect([...asked.val].reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 5);
    // The word and word-pair view (what example neighbours compare) leaves the vectors' dimensions out.
    expect(Math.max(...withVectors.wordsAndPairs(withVectors.transform('label images')).idx)).toBeLessThan(plain.size);
  });

  it('GIVEN weights that ask for word vectors but none THEN the featurizer refuses to start', () => {
    expect(() => new Featurizer({ ...defaultFeatureWeights, vectors: 1 })).toThrow(/word vectors/);
  });
});
