import { describe, expect, it } from 'vitest';
import { encodeWordVectors, WordVectors } from '../../src/match/word-vectors.js';
import { tinyWordVectors } from '../fakes/word-vectors.js';

const cosine = (a: Float64Array, b: Float64Array): number => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) [dot, na, nb] = [dot + a[i]! * b[i]!, na + a[i]! ** 2, nb + b[i]! ** 2];
  return dot / Math.sqrt(na * nb);
};

describe('WordVectors', () => {
  const vectors = WordVectors.parse(tinyWordVectors());
  const of = (word: string): Float64Array => {
    const sum = new Float64Array(vectors.dimensions);
    vectors.addTo(sum, vectors.indexOf(word), 1);
    return sum;
  };

  it('GIVEN encoded vectors THEN each word reads back as a unit vector, near its synonyms and far from other meanings', () => {
    expect(vectors.size).toBe(19);
    expect(vectors.dimensions).toBe(8);
    expect(Math.hypot(...of('gpu'))).toBeCloseTo(1, 1);
    expect(cosine(of('annotation'), of('labelling'))).toBeGreaterThan(0.95);
    expect(cosine(of('annotation'), of('gpu'))).toBeLessThan(0.2);
  });

  it('GIVEN a plural or an unknown word THEN the singular is found, and an unknown word is -1', () => {
    expect(vectors.indexOf('photos')).toBe(vectors.indexOf('photo'));
    expect(vectors.indexOf('pictures')).not.toBe(vectors.indexOf('picture'));
    expect(vectors.indexOf('kubernetes')).toBe(-1);
    expect(vectors.indexOf('is')).toBe(-1);
  });

  it('GIVEN the bytes as a view into a larger buffer at an odd offset (a Buffer from a file) THEN they read the same', () => {
    const bytes = tinyWordVectors();
    const big = Buffer.alloc(bytes.length + 11);
    big.set(bytes, 3);
    const view = WordVectors.parse(big.subarray(3, 3 + bytes.length));
    const sum = new Float64Array(view.dimensions);
    view.addTo(sum, view.indexOf('annotation'), 1);
    expect([...sum]).toEqual([...of('annotation')]);
  });

  it('GIVEN the same bytes twice (a pack checked when loaded, then trained) THEN they are parsed once', () => {
    const bytes = tinyWordVectors();
    expect(WordVectors.parse(bytes)).toBe(WordVectors.parse(bytes));
    expect(WordVectors.parse(bytes.slice())).not.toBe(WordVectors.parse(bytes));
  });

  it('GIVEN bytes that are not word vectors, or cut short THEN parsing says what is wrong', () => {
    expect(() => WordVectors.parse(new TextEncoder().encode('{"words": []}'))).toThrow(/not a word-vectors file/);
    const bytes = tinyWordVectors();
    expect(() => WordVectors.parse(bytes.subarray(0, bytes.length - 5))).toThrow(/truncated or damaged/);
  });

  it('GIVEN words with a newline, no name or vectors of different lengths THEN encoding refuses them', () => {
    expect(() => encodeWordVectors([{ word: 'a\nb', vector: [1, 0] }])).toThrow();
    expect(() => encodeWordVectors([{ word: 'a', vector: [1, 0] }, { word: 'b', vector: [1] }])).toThrow();
    expect(() => encodeWordVectors([])).toThrow();
  });
});
