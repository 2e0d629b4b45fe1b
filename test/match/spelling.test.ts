import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpellingCorrector, withinOneEdit } from '../../src/match/spelling.js';

const vocabulary = ['sagemaker', 'notebook', 'training', 'pipeline', 'forecast', 'cost', 'gpu', 'ec2', 'instance', 'premise'];

describe('SpellingCorrector', () => {
  const speller = new SpellingCorrector(vocabulary);

  it.each([
    ['sagemakr', 'sagemaker', 'a deletion'],
    ['notebbook', 'notebook', 'an insertion'],
    ['pipelime', 'pipeline', 'a substitution'],
    ['trainnig', 'training', 'an adjacent swap'],
    ['forcast', 'forecast', 'a deletion in the middle'],
  ])('GIVEN %s (%s) THEN it is corrected to %s', (typo, fixed) => {
    expect(speller.correct(typo)).toBe(fixed);
  });

  it('GIVEN a 4-letter typo one edit from a known word THEN it is corrected', () => {
    expect(speller.correct('cots')).toBe('cost');
  });

  it.each([
    ['gpx', 'a word shorter than 4 letters'],
    ['cst', 'a short typo of a known word'],
    ['ec3', 'a word with digits'],
    ['2018', 'a number'],
    ['banana', 'a word two or more edits from everything'],
    ['premier', 'a word two edits away that shares a deletion with a known word (premise)'],
    ['sagemaker', 'a known word'],
  ])('GIVEN %s (%s) THEN it is left alone', (word) => {
    expect(speller.correct(word)).toBe(word);
  });

  it('GIVEN two known words one edit away THEN the more frequent wins', () => {
    const s = new SpellingCorrector(['model', 'model', 'model', 'modem']);
    expect(s.correct('modex')).toBe('model');
  });

  it('GIVEN a snapshot of the vocabulary THEN a corrector made from it corrects the same way', () => {
    const copy = new SpellingCorrector(speller.toSnapshot());
    for (const typo of ['sagemakr', 'trainnig', 'banana', 'cst']) expect(copy.correct(typo)).toBe(speller.correct(typo));
    expect(copy.knows('instance')).toBe(true);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['pipeline', 'pipelime', true],
    ['training', 'trainnig', true],
    ['notebook', 'notebbook', true],
    ['forecast', 'forcast', true],
    ['premier', 'premise', false],
    ['abcd', 'badc', false],
    ['abcd', 'xbcde', false],
  ])('GIVEN %s and %s THEN %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('SpellingCorrector against a brute-force search', () => {
  it('GIVEN random vocabularies with distinct frequencies THEN a correction is the most frequent known word one edit away', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 4, maxLength: 7 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, (vocabulary, typo) => {
        // Word i occurs i + 1 times: no two have the same frequency.
        const speller = new SpellingCorrector(vocabulary.flatMap((w, i) => Array<string>(i + 1).fill(w)));
        const near = vocabulary.map((w, i) => ({ w, i })).filter(({ w }) => withinOneEdit(w, typo));
        const expected = vocabulary.includes(typo) || near.length === 0 ? typo : near.reduce((a, b) => (b.i > a.i ? b : a)).w;
        expect(speller.correct(typo)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
