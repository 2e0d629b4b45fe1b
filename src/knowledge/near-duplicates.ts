import { normalize, words } from '../match/normalize.js';
import { stem } from '../match/stem.js';
import { STOP_WORDS } from '../match/stop-words.js';

export interface Phrasing {
  /** Who owns the phrasing (an entry id): pairs within one owner are not reported. */
  owner: string;
  /** Where it sits, for the finding (e.g. `examples.3`). */
  field: string;
  text: string;
}

export interface NearDuplicate {
  a: Phrasing;
  b: Phrasing;
  /** Jaccard similarity of their stemmed content words, 0..1. */
  similarity: number;
}

/** Similarity at or above which two phrasings say the same thing in the matcher's eyes. */
export const NEAR_DUPLICATE = 0.8;

/** Stemmed content words; falls back to every word for phrasings made only of stop words. */
function signature(text: string): string[] {
  const all = words(normalize(text));
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set((content.length ? content : all).map(stem))];
}

/**
 * Pairs of phrasings owned by different owners that are near-duplicates: the same stemmed content words, or a
 * Jaccard similarity ≥ `NEAR_DUPLICATE` with at least three words. Candidates come from an inverted index on
 * each phrasing's rarest word, so the check stays fast on thousands of examples.
 */
export function nearDuplicates(phrasings: readonly Phrasing[], threshold = NEAR_DUPLICATE): NearDuplicate[] {
  const sigs = phrasings.map((p) => signature(p.text));
  const df = new Map<string, number>();
  for (const sig of sigs) for (const w of sig) df.set(w, (df.get(w) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  sigs.forEach((sig, i) => {
    for (const w of sig) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const found: NearDuplicate[] = [];
  sigs.forEach((sig, i) => {
    if (sig.length === 0) return;
    // Two sets with Jaccard ≥ t share at least one of each set's (1 - t)·|set| + 1 rarest words.
    const probe = [...sig].sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0)).slice(0, Math.floor((1 - threshold) * sig.length + 1e-9) + 1);
    const seen = new Set<number>();
    for (const w of probe) {
      for (const j of postings.get(w) ?? []) {
        if (j <= i || seen.has(j) || phrasings[j]!.owner === phrasings[i]!.owner) continue;
        seen.add(j);
        const other = new Set(sigs[j]);
        const shared = sig.filter((x) => other.has(x)).length;
        const similarity = shared / (sig.length + other.size - shared);
        const same = similarity === 1;
        if (same || (similarity >= threshold && Math.min(sig.length, other.size) >= 3)) {
          found.push({ a: phrasings[i]!, b: phrasings[j]!, similarity });
        }
      }
    }
  });
  return found;
}
