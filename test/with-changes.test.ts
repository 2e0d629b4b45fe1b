import { describe, expect, it } from 'vitest';
import { withChanges } from '../src/with-changes.js';

describe('withChanges', () => {
  it('copies the base with the changes on top, in the base order, leaving the base alone', () => {
    const base = { painPoint: 'cost-control', entryId: null as string | null, updatedAt: 1 };
    const changed = withChanges(base, { lastQuestion: 'q1', updatedAt: 2 });
    expect(changed).toEqual({ painPoint: 'cost-control', entryId: null, updatedAt: 2, lastQuestion: 'q1' });
    expect(Object.keys(changed)).toEqual(['painPoint', 'entryId', 'updatedAt', 'lastQuestion']);
    expect(base).toEqual({ painPoint: 'cost-control', entryId: null, updatedAt: 1 });
    expect(changed).not.toBe(base);
  });
});
