/**
 * Typo tolerance: maps a word the vocabulary does not know to a known word one edit away (a deletion,
 * insertion, substitution or adjacent swap), preferring the most frequent. Symmetric-delete lookup, so
 * a correction costs a few map reads whatever the vocabulary size.
 */
/** How many corrections are remembered before the memo starts over. */
const MEMO_SIZE = 10_000;

export class SpellingCorrector {
  private readonly counts = new Map<string, number>();
  /** Built on the first unknown word, not at start-up: a one-question process often never needs it. */
  private deletes: DeleteIndex | undefined;
  /** Corrections already worked out (unknown words recur: a product name, a common typo). Bounded. */
  private readonly memo = new Map<string, string>();

  constructor(
    words: Iterable<string>,
    private readonly minLength = 4,
  ) {
    for (const w of words) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
  }

  private deleteIndex(): DeleteIndex {
    this.deletes ??= new DeleteIndex([...this.counts.keys()].filter((w) => w.length >= this.minLength));
    return this.deletes;
  }

  /** Word counts, for a snapshot; `SpellingCorrector.fromCounts` rebuilds an equal corrector. */
  wordCounts(): Array<[string, number]> {
    return [...this.counts];
  }

  static fromCounts(counts: ReadonlyArray<readonly [string, number]>, minLength = 4): SpellingCorrector {
    const corrector = new SpellingCorrector([], minLength);
    for (const [w, n] of counts) corrector.counts.set(w, n);
    return corrector;
  }

  knows(word: string): boolean {
    return this.counts.has(word);
  }

  /** The word itself when known or unfixable, else the best known word one edit away. */
  correct(word: string): string {
    if (this.counts.has(word) || word.length < this.minLength || /\d/.test(word)) return word;
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
      const candidates = deletes.wordsWithDeletion(key);
      for (const candidate of this.counts.has(key) ? [...candidates, key] : candidates) {
        const count = this.counts.get(candidate) ?? 0;
        if (count > bestCount && withinOneEdit(candidate, word)) {
          best = candidate;
          bestCount = count;
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

  constructor(private readonly words: readonly string[]) {
    const pairs: Array<[hash: number, word: number]> = [];
    words.forEach((w, i) => {
      for (let skip = 0; skip < w.length; skip++) pairs.push([hashWithout(w, skip), i]);
    });
    // Sorted by hash, then word order (stable): a lookup yields words in vocabulary order, as a map's lists did.
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    this.hashes = Uint32Array.from(pairs, (p) => p[0]);
    this.owners = Int32Array.from(pairs, (p) => p[1]);
  }

  /** The words that `key` is a one-character deletion of, in vocabulary order (a word may repeat). */
  wordsWithDeletion(key: string): string[] {
    const h = hashWithout(key, -1);
    let lo = 0;
    let hi = this.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hashes[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.hashes.length && this.hashes[i] === h; i++) {
      const word = this.words[this.owners[i]!]!;
      if (word.length === key.length + 1 && withinOneEdit(word, key)) out.push(word);
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
