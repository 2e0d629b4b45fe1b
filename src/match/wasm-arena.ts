import { newWasmMemory, type WasmMemory } from './wasm-bytes.js';

/**
 * WebAssembly memory that holds a trained index's bytes where the predictors' loop can read them in place, with
 * room after them for the predictors' scratch. Restoring an index then costs no second copy of its weights (the
 * entry model alone is ~10 MB).
 */
export interface Arena {
  readonly memory: WasmMemory;
  /** The byte address of `bytes` fresh bytes aligned to 16, or -1 when the arena has no room left. */
  take(bytes: number): number;
}

/** Room kept after the bytes: each predictor's scratch is ~35 KB, and a pack has two or a few more. */
const RESERVE = 512 * 1024;

const arenas = new WeakMap<ArrayBuffer, Arena>();

/** A fresh arena of at least `bytes` usable bytes; null where WebAssembly is unavailable. */
export function newArena(bytes: number): Arena | null {
  const memory = newWasmMemory(bytes);
  if (!memory) return null;
  let used = 0;
  const arena: Arena = {
    memory,
    take(n) {
      const at = Math.ceil(used / 16) * 16;
      if (at + n > memory.buffer.byteLength) return -1;
      used = at + n;
      return at;
    },
  };
  arenas.set(memory.buffer, arena);
  return arena;
}

/**
 * `length` bytes to read a snapshot into: the start of an arena (with room for the predictors after them) where
 * WebAssembly is available, else a plain array.
 */
export function snapshotBytes(length: number): Uint8Array {
  const arena = newArena(length + RESERVE);
  if (!arena) return new Uint8Array(length);
  return new Uint8Array(arena.memory.buffer, arena.take(length), length);
}

/** The arena whose memory `buffer` is, if any. */
export function arenaOf(buffer: ArrayBufferLike): Arena | undefined {
  return arenas.get(buffer as ArrayBuffer);
}
