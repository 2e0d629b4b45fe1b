/**
 * `{ ...base, ...changes }`, for objects made on every question. On Node 20 (V8 11.3) an object literal that
 * starts with a spread and then adds a property its source lacks (`{ ...state, lastQuestion }`) is copied out of
 * the young generation at the next collections and promoted, even when nothing keeps it: the old space fills with
 * garbage between full collections. In `handle` such literals were most of what was promoted (measured with
 * `node --trace-gc-nvp dist/bench/latency-run.js`: ~555 → ~56 KB per scavenge on one repeated question), and the
 * bench's answering process peaked at 172–194 MB instead of ~150. `Object.assign` onto a fresh literal, or a
 * literal that starts with its own properties, does not do this.
 */
export function withChanges<T extends object, C extends object>(base: T, changes: C): Omit<T, keyof C> & C {
  return Object.assign({}, base, changes);
}
