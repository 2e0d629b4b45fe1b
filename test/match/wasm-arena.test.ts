import { describe, expect, it } from 'vitest';
import { arenaOf, newArena, snapshotBytes } from '../../src/match/wasm-arena.js';

describe('wasm arena', () => {
  it('GIVEN an arena THEN it hands out 16-byte aligned ranges that do not overlap, and -1 once full', () => {
    const arena = newArena(65_536)!;
    expect(arena).not.toBeNull();
    const a = arena.take(10);
    const b = arena.take(100);
    expect([a, b]).toEqual([0, 16]);
    expect(arena.take(65_536)).toBe(-1);
    // A refusal takes nothing: the rest is still there.
    expect(arena.take(1000)).toBe(128);
  });

  it('GIVEN snapshot bytes THEN they start an arena that keeps room after them, and plain arrays have none', () => {
    const bytes = snapshotBytes(100_000);
    expect(bytes.length).toBe(100_000);
    const arena = arenaOf(bytes.buffer)!;
    expect(arena.take(40_000)).toBeGreaterThanOrEqual(100_000);
    expect(arenaOf(new Uint8Array(10).buffer)).toBeUndefined();
  });
});
