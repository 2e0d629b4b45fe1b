import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../src/inbox/backoff.js';

const policy = { minMs: 100, maxMs: 1_000 };

describe('retryDelayMs', () => {
  it.each([
    [1, 100], [2, 200], [3, 400], [4, 800], [5, 1_000], [40, 1_000],
  ])('GIVEN retry %i and no jitter THEN waits %i ms', (attempt, expected) => {
    expect(retryDelayMs(attempt, policy, () => 1)).toBe(expected);
  });

  it('GIVEN the lowest jitter THEN waits half the ceiling, never less', () => {
    expect(retryDelayMs(3, policy, () => 0)).toBe(200);
    expect(retryDelayMs(0, policy, () => 0)).toBe(50);
  });
});
