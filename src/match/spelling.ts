import { StringTable, type StringTableSnapshot } from './string-table.js';

/**
 * Typo tolerance: maps a word the vocabulary does not know to a known word one edit away (a deletion,
 * insertion, substitution or adjacent swap), preferring the most frequent. Symmetric-delete lookup, so
 * a correction costs a few map reads whatever the vocabulary size.
 */

/** How many corrections are remembered before the memo starts over. */
const MEMO_SIZE = 10_000;

/** A corrector's vocabulary as plain data: the words and how often each occurred. */
export interface SpellingSnapshot {
  words: StringTableSnapshot;
  counts: Int32Array;
}

export class SpellingCorrector {
  private readonly words: StringTable;
  private readonly counts: Int32Array;
  /** Built on the first unknown word, not at start-up: a one-question process often never needs it. */
  private deletes: DeleteIndex | undefined;
  /** Corrections already worked out (unknown words recur: a product name, a common typo). Bounded. */
  private readonly memo = new Map<string, string>();

  constructor(
    words: Iterable<string> | SpellingSnapshot,
    private readonly minLength = 4,
  ) {
    if (Symbol.iterator in words) {
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      this.words = StringTable.of([...counts.keys()]);
      this.counts = Int32Array.from(counts.values());
    } else {
      this.words = StringTable.fromSnapshot(words.words);
      this.counts = words.counts;
    }
  }

  private deleteIndex(): DeleteIndex {
    this.deletes ??= new DeleteIndex(this.words, this.minLength);
    return this.deletes;
  }

  /** The vocabulary, for a snapshot; `new SpellingCorrector(snapshot)` rebuilds an equal corrector. */
  toSnapshot(): SpellingSnapshot {
    return { words: this.words.toSnapshot(), counts: this.counts };
  }

  knows(word: string): boolean {
    return this.words.indexOf(word) >= 0;
  }

  /** The word itself when known or unfixable, else the best known word one edit away. */
  correct(word: string): string {
    if (word.length < this.minLength || this.knows(word) || /\d/.test(word)) return word;
    const known = this.memo.get(word);
    if (known !== undefined) return known;
    const best = this.nearest(word);
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    this.memo.set(word, best);
    return best;
  }

  private nearest(word: string): string {
    const deletes = this.deleteIndex();
    let best = word;
    let bestCount = 0;
    for (const key of [word, ...deletions(word)]) {
      const itself = this.words.indexOf(key);
      for (const i of itself >= 0 ? [...deletes.wordsWithDeletion(key), itself] : deletes.wordsWithDeletion(key)) {
        const candidate = this.words.at(i);
        if (this.counts[i]! > bestCount && withinOneEdit(candidate, word)) {
          best = candidate;
          bestCount = this.counts[i]!;
        }
      }
    }
    return best;
  }
}

/** FNV-1a hash of `word` without its character at `skip` (-1: the whole word), without building that string. */
function hashWithout(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) if (i !== skip) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Which words give a string when one of their characters is deleted, held as hashes of those deletions sorted
 * beside the word's number (two typed arrays, not a map of tens of thousands of strings: ~0.5 MB instead of ~6 MB
 * for the shipped vocabulary). A hash shared by chance is told apart by checking the word itself.
 */
class DeleteIndex {
  private readonly hashes: Uint32Array;
  private readonly owners: Int32Array;

  /** Over the table's words of at least `minLength` characters. */
  constructor(
    private readonly words: StringTable,
    minLength: number,
  ) {
    const pairs: Array<[hash: number, word: number]> = [];
    for (let i = 0; i < words.size; i++) {
      if (words.length(i) < minLength) continue;
      const w = words.at(i);
      for (let skip = 0; skip < w.length; skip++) pairs.push([hashWithout(w, skip), i]);
    }
    // Sorted by hash, then word order (stable): a lookup yields words in vocabulary order, as a map's lists did.
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    this.hashes = Uint32Array.from(pairs, (p) => p[0]);
    this.owners = Int32Array.from(pairs, (p) => p[1]);
  }

  /** The numbers of the words that `key` is a one-character deletion of, in vocabulary order (a word may repeat). */
  wordsWithDeletion(key: string): number[] {
    const h = hashWithout(key, -1);
    let lo = 0;
    let hi = this.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hashes[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.hashes.length && this.hashes[i] === h; i++) {
      const owner = this.owners[i]!;
      if (this.words.length(owner) === key.length + 1 && withinOneEdit(this.words.at(owner), key)) out.push(owner);
    }
    return out;
  }
}

/**
 * True when `a` and `b` are one edit apart: a substitution, an insertion or deletion, or a swap of two
 * neighbours. (A shared deletion alone allows two edits: "premier" and "premise" share "premie".)
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // neighbours swapped
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
