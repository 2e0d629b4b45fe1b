import { describe, expect, it } from 'vitest';
import { ExampleNeighbours } from '../../src/match/example-neighbours.js';
import { sparseFromMap, type SparseVector } from '../../src/match/sparse-vector.js';

const vec = (entries: Array<[number, number]>): SparseVector => sparseFromMap(new Map(entries));

// Features 0–2 are "billing" words, 3–5 "hiring" words, 6 an out-of-scope word.
const examples = [
  { vector: vec([[0, 0.8], [1, 0.6]]), label: 'billing' },
  { vector: vec([[1, 0.6], [2, 0.8]]), label: 'billing' },
  { vector: vec([[3, 0.8], [4, 0.6]]), label: 'hiring' },
  { vector: vec([[4, 0.6], [5, 0.8]]), label: 'hiring' },
  { vector: vec([[6, 1]]), label: null },
];

describe('ExampleNeighbours', () => {
  const neighbours = ExampleNeighbours.build(examples, 8);
  const votesOf = (searcher: ExampleNeighbours, q: SparseVector, labels: string[]) => searcher.opinion(q, labels).votes;

  it('GIVEN a question sharing words with billing examples THEN billing gets the votes, hiring only the smoothing', () => {
    const votes = votesOf(neighbours, vec([[1, 1]]), ['billing', 'hiring']);
    expect(votes.get('billing')!).toBeGreaterThan(10 * votes.get('hiring')!);
    expect(votes.get('hiring')!).toBeGreaterThan(0);
  });

  it('GIVEN an out-of-scope question THEN no pain point is voted for, and repeated searches give the same answer', () => {
    const first = votesOf(neighbours, vec([[6, 1]]), ['billing', 'hiring']);
    expect(first.get('billing')).toBeCloseTo(first.get('hiring')!, 12);
    expect(votesOf(neighbours, vec([[1, 1]]), ['billing'])).toEqual(votesOf(neighbours, vec([[1, 1]]), ['billing']));
  });

  it('GIVEN a question with no known word THEN every label gets the same small vote', () => {
    const votes = votesOf(neighbours, vec([[7, 1]]), ['billing', 'hiring']);
    expect(votes.get('billing')).toBe(votes.get('hiring'));
  });

  it('GIVEN questions near in-scope, near out-of-scope, and near nothing THEN the out-of-scope share is low, high, and neutral', () => {
    expect(neighbours.opinion(vec([[1, 1]]), ['billing']).outOfScope).toBeLessThan(0.1);
    expect(neighbours.opinion(vec([[6, 1]]), ['billing']).outOfScope).toBeGreaterThan(0.9);
    expect(neighbours.opinion(vec([[7, 1]]), ['billing']).outOfScope).toBe(0.5);
  });

  it('GIVEN its snapshot THEN a copy searches the same', () => {
    const copy = new ExampleNeighbours(neighbours.toSnapshot());
    const q = vec([[3, 0.5], [4, 0.5], [6, 0.2]]);
    expect(copy.opinion(q, ['billing', 'hiring'])).toEqual(neighbours.opinion(q, ['billing', 'hiring']));
  });
});
