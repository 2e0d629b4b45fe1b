import { describe, expect, it } from 'vitest';
import { OneShotStore } from '../../../adapters/cli/one-shot-store.js';

describe('OneShotStore (the store of `ml-advisor ask`)', () => {
  it('GIVEN a context and a question saved THEN neither is kept', async () => {
    const store = new OneShotStore();
    await store.setContext('c1', { painPoint: 'p', entryId: null, shown: [], updatedAt: 0 }, Number.MAX_SAFE_INTEGER);
    await store.logQuestion({ platform: 'cli', userKey: 'u', text: 'q', outcome: 'answer', painPoint: 'p', entryId: null, confidence: 1, at: 0 });
    expect(await store.getContext('c1', 0)).toBeUndefined();
    expect(store.questions).toEqual([]);
  });

  it('GIVEN the rest of the store THEN it behaves as the memory store (events are still deduplicated)', async () => {
    const store = new OneShotStore();
    expect(await store.markEvent('e1', 0, 100)).toBe(true);
    expect(await store.markEvent('e1', 1, 100)).toBe(false);
  });
});
