/** A table's parts as plain data: the strings end to end, where each starts (and the last ends), the hash slots. */
export interface StringTableSnapshot {
  joined: string;
  starts: Int32Array;
  /** Open addressing, a power of two long: 0 is empty, else the string's number + 1. */
  slots: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a state `h` carried on over a string's UTF-16 code units (not yet made unsigned). */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a over a string's UTF-16 code units. */
function hash(s: string): number {
  return fnv(FNV_OFFSET, s) >>> 0;
}

/**
 * A fixed list of distinct strings, each found by its number: the strings joined into one, their offsets, and a
 * hash table of numbers. Unlike a Map of strings, restoring one from a snapshot builds nothing per string (the
 * matcher's 40,000 feature names cost a cold start ~40 ms as a Map, and as many small objects for the GC).
 */
export class StringTable {
  private constructor(private readonly parts: StringTableSnapshot) {}

  static of(strings: readonly string[]): StringTable {
    const starts = new Int32Array(strings.length + 1);
    strings.forEach((s, i) => (starts[i + 1] = starts[i]! + s.length));
    let capacity = 2;
    while (capacity < strings.length * 2) capacity *= 2;
    const slots = new Int32Array(capacity);
    strings.forEach((s, i) => {
      let at = hash(s) & (capacity - 1);
      while (slots[at] !== 0) at = (at + 1) & (capacity - 1);
      slots[at] = i + 1;
    });
    return new StringTable({ joined: strings.join(''), starts, slots });
  }

  static fromSnapshot(parts: StringTableSnapshot): StringTable {
    return new StringTable(parts);
  }

  toSnapshot(): StringTableSnapshot {
    return this.parts;
  }

  get size(): number {
    return this.parts.starts.length - 1;
  }

  /** The number of `s`, or -1 when the table does not hold it. */
  indexOf(s: string): number {
    const { joined, starts, slots } = this.parts;
    const mask = slots.length - 1;
    for (let at = hash(s) & mask; ; at = (at + 1) & mask) {
      const entry = slots[at]!;
      if (entry === 0) return -1;
      const start = starts[entry - 1]!;
      if (starts[entry]! - start === s.length && joined.startsWith(s, start)) return entry - 1;
    }
  }

  /**
   * The number of the string `a + b + c + d`, without making that string: a question's word-pair features are
   * looked up by their parts (`b:`, one stem, `_`, the next), which saves building hundreds of strings.
   */
  indexOfParts(a: string, b: string, c = '', d = ''): number {
    const { joined, starts, slots } = this.parts;
    const h = fnv(fnv(fnv(fnv(FNV_OFFSET, a), b), c), d);
    const length = a.length + b.length + c.length + d.length;
    const mask = slots.length - 1;
    for (let at = (h >>> 0) & mask; ; at = (at + 1) & mask) {
      const entry = slots[at]!;
      if (entry === 0) return -1;
      let start = starts[entry - 1]!;
      if (starts[entry]! - start !== length) continue;
      if (!joined.startsWith(a, start) || !joined.startsWith(b, (start += a.length))) continue;
      if (joined.startsWith(c, (start += b.length)) && joined.startsWith(d, start + c.length)) return entry - 1;
    }
  }

  /** The string numbered `i`. */
  at(i: number): string {
    return this.parts.joined.slice(this.parts.starts[i], this.parts.starts[i + 1]);
  }

  /** The first UTF-16 code unit of string `i` (NaN for an empty string), without making the string. */
  firstCode(i: number): number {
    const start = this.parts.starts[i]!;
    return start < this.parts.starts[i + 1]! ? this.parts.joined.charCodeAt(start) : NaN;
  }

  /** Each string's length, without making the strings. */
  length(i: number): number {
    return this.parts.starts[i + 1]! - this.parts.starts[i]!;
  }
}
