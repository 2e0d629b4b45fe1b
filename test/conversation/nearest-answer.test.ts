import { describe, expect, it } from 'vitest';
import { nearestAnswer } from '../../src/conversation/nearest-answer.js';
import type { Entry } from '../../src/knowledge/schema.js';

const entry = (id: string, seed?: boolean): Entry => ({
  kind: 'entry',
  id,
  painPoint: 'cost-control',
  title: id,
  examples: ['a', 'b', 'c'],
  keywords: [],
  links: [],
  related: [],
  reviewed: new Date('2026-11-30'),
  body: `The answer of ${id}.`,
  file: `${id}.md`,
  ...(seed === undefined ? {} : { seed }),
});

const index = (...entries: Entry[]) => ({ entries: new Map(entries.map((e) => [e.id, e])) });

describe('nearestAnswer: the entry an uncovered reply leads with', () => {
  it('GIVEN a best entry of today THEN it leads', () => {
    const best = entry('token-costs');
    expect(nearestAnswer(index(best, entry('other')), best, ['token-costs', 'other'])).toBe(best);
  });

  it('GIVEN a seed entry first and an entry of today near THEN the entry of today leads', () => {
    const [best, spot, modern] = [entry('notebook-prices-2018', true), entry('per-second-2018', true), entry('spot-training')];
    expect(nearestAnswer(index(best, spot, modern), best, ['notebook-prices-2018', 'per-second-2018', 'spot-training'])).toBe(modern);
  });

  it('GIVEN only seed entries near THEN the best one still leads', () => {
    const [best, other] = [entry('layers', true), entry('chapels', true)];
    expect(nearestAnswer(index(best, other), best, ['layers', 'chapels'])).toBe(best);
  });
});
