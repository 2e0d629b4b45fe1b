import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../src/match/match-question.js';
import { entry, tempPackIndex, validPackFiles } from '../fakes/temp-pack.js';

/**
 * A pack whose billing pain point has five times the examples of hiring: a question that shares no word with
 * either leans to billing by the classes' sizes alone, unless training evens them out (`matcher.classBalance`).
 */
function lopsidedPack(classBalance: number | null): Record<string, string> {
  const files = validPackFiles();
  const billing = Array.from({ length: 15 }, (_, i) => `invoice line ${i} on the bill for account ${i}`);
  return {
    ...files,
    'pack.yaml': `${files['pack.yaml']}${classBalance === null ? '' : `matcher:\n  classBalance: ${classBalance}\n`}`,
    'entries/invoices.md': entry('invoices', 'billing', billing, ['budgets']),
  };
}

/** The billing pain point's score over hiring's for a question neither has a word of. */
async function lean(classBalance: number | null): Promise<number> {
  const { index, remove } = await tempPackIndex(lopsidedPack(classBalance));
  try {
    const scores = scoreQuestion(index, 'zq xv');
    const of = (id: string): number => scores.ranked.find((c) => c.painPoint === id)?.score ?? 0;
    return of('billing') / of('hiring');
  } finally {
    remove();
  }
}

describe('buildIndex: the pack’s class balance', () => {
  it('GIVEN one pain point with five times the examples THEN classBalance 1 leans to it less than 0 does, and less than the default', async () => {
    const [none, byDefault, even] = [await lean(0), await lean(null), await lean(1)];
    expect(none).toBeGreaterThan(1);
    expect(even).toBeLessThan(byDefault);
    expect(byDefault).toBeLessThan(none);
  });
});
