import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { QuestionRecord } from '../../src/store/store.js';

const question = (i: number): QuestionRecord => ({ platform: 'console', userKey: 'k', text: `q${i}`, outcome: 'answer', painPoint: null, entryId: null, confidence: 1, at: i });

describe('MemoryStore specifics (the shared contract is in test/adapters/store)', () => {
  it('GIVEN more than 10,000 logged questions THEN only the newest 10,000 are kept', async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 10_050; i++) await store.logQuestion(question(i));
    expect(store.questions).toHaveLength(10_000);
    expect(store.questions[0]?.text).toBe('q50');
    expect(store.questions.at(-1)?.text).toBe('q10049');
  });

  it('GIVEN many expired events THEN a new event is still recognised and old ids are new again', async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 50_001; i++) await store.markEvent(`e${i}`, 0, 10);
    expect(await store.markEvent('e1', 5, 100)).toBe(false);
    expect(await store.markEvent('e2', 20, 100)).toBe(true);
    expect(await store.markEvent('fresh', 20, 100)).toBe(true);
  });

  it('GIVEN close THEN contexts and limits are forgotten', async () => {
    const store = new MemoryStore();
    await store.setContext('c', { painPoint: 'x', entryId: null, shown: [], updatedAt: 0 }, 1_000);
    await store.hitRateLimit('u', 0, 1_000, 1);
    await store.close();
    expect(await store.getContext('c', 1)).toBeUndefined();
    expect((await store.hitRateLimit('u', 1, 1_000, 1)).allowed).toBe(true);
  });
});
