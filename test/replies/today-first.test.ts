import { describe, expect, it } from 'vitest';
import { todayFirst } from '../../src/replies/today-first.js';

const index = (seeds: string[]) => ({
  entries: new Map(['a', 'b', 'c', 'd'].map((id) => [id, { seed: seeds.includes(id) } as never])),
});

describe('todayFirst', () => {
  it('GIVEN seed entries among the ids THEN the others come first, each group in the given order', () => {
    expect(todayFirst(index(['a', 'c']), ['a', 'b', 'c', 'd'])).toEqual(['b', 'd', 'a', 'c']);
  });

  it('GIVEN no seed entry, or an unknown id THEN the order is kept', () => {
    expect(todayFirst(index([]), ['c', 'a', 'x', 'b'])).toEqual(['c', 'a', 'x', 'b']);
  });
});
