import { describe, expect, it } from 'vitest';
import { nearDuplicates, type Phrasing } from '../../src/knowledge/near-duplicates.js';

const p = (owner: string, text: string, field = 'examples.0'): Phrasing => ({ owner, field, text });

describe('nearDuplicates', () => {
  it('GIVEN the same question in two entries, worded with other stop words and inflections THEN one pair', () => {
    const found = nearDuplicates([p('a', 'how do we label images at scale?'), p('b', 'How do I labelling the images at scale'), p('c', 'what does a feature store cost')]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ a: { owner: 'a' }, b: { owner: 'b' }, similarity: 1 });
  });

  it('GIVEN near-duplicates within one entry THEN nothing (only pairs across entries are reported)', () => {
    expect(nearDuplicates([p('a', 'label images at scale'), p('a', 'label the images at scale', 'examples.1')])).toEqual([]);
  });

  it('GIVEN phrasings sharing a topic word but asking different things THEN nothing', () => {
    const found = nearDuplicates([
      p('a', 'how much does sagemaker ground truth cost per labelled image'),
      p('b', 'can ground truth use our own private workforce of annotators'),
    ]);
    expect(found).toEqual([]);
  });

  it('GIVEN a long phrasing with one extra word THEN it is still caught (prefix filter keeps the pair)', () => {
    const found = nearDuplicates([
      p('a', 'monitor model drift production dashboards alerts retrain weekly'),
      p('b', 'monitor model drift production dashboards alerts retrain weekly please'),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.similarity).toBeCloseTo(8 / 9, 5);
  });
});
