import { normalize, words } from './normalize.js';
import { SpellingCorrector, type SpellingSnapshot } from './spelling.js';
import { stem } from './stem.js';
import { STOP_WORDS } from './stop-words.js';
import type { SparseVector } from './sparse-vector.js';
import { StringTable, type StringTableSnapshot } from './string-table.js';
import type { WordVectors } from './word-vectors.js';

/** How much each family of features weighs in the final vector. */
export interface FeatureWeights {
  words: number;
  bigrams: number;
  chars: number;
  /**
   * Whether single function words ("i", "my", "we", "can") are features. In short requests they carry meaning
   * ("what is your name"); in long questions they carry style, and a model learns the style of whichever class
   * happens to use them ("I" in career questions, "we" in team questions). Off, they still count in word pairs.
   * Absent means on.
   */
  functionWords?: boolean;
  /**
   * How much the pretrained word vectors weigh (absent or 0: not used): the idf-weighted mean of a text's content
   * words' vectors, appended after the vocabulary, lets words that no example shares still count by meaning.
   */
  vectors?: number;
}

export const defaultFeatureWeights: FeatureWeights = { words: 1, bigrams: 0.6, chars: 0.8 };

export interface FeaturizerSnapshot {
  weights: FeatureWeights;
  features: StringTableSnapshot;
  idf: Float32Array;
  words: SpellingSnapshot;
}

/** Word pairs and character n-grams must occur in at least this many training texts to become features. */
const MIN_DF = 2;

/**
 * Longer "words" (hashes, base64, a key held down) get no character n-grams and no spelling correction: they
 * are not words, and a single 2,000-character one would otherwise cost thousands of strings.
 */
export const MAX_WORD_LENGTH = 32;

/** A word's character 3- to 5-grams (with a space either side), each as its feature name. */
function forEachCharGram(word: string, visit: (feature: string) => void): void {
  const padded = ` ${word} `;
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) visit(`c:${padded.slice(i, i + n)}`);
}

/** What a text's features are handed to: stemmed words, stemmed word pairs, and content words for character n-grams. */
interface FeatureVisitor {
  /** The feature `w:<stem>`. */
  word(stem: string): void;
  /** The feature `b:<first>_<second>`. */
  pair(first: string, second: string): void;
  charWord(word: string): void;
}

/**
 * The one definition of a text's features, shared by training and answering: each stemmed word and stemmed word
 * pair, and each content word whose character n-grams count, go to the visitor. Returns the text's words
 * (spell-corrected when a speller is given).
 */
function visitFeatures(text: string, functionWords: boolean, speller: SpellingCorrector | undefined, visit: FeatureVisitor): string[] {
  const all = words(normalize(text)).map((w) => (speller && w.length <= MAX_WORD_LENGTH ? speller.correct(w) : w));
  const content = all.filter((w) => !STOP_WORDS.has(w));
  const stems = all.map(stem);
  // Without function words, a text made of nothing else ("where are you from") still keeps them.
  for (const s of functionWords || !content.length ? stems : content.map(stem)) visit.word(s);
  for (let i = 1; i < stems.length; i++) visit.pair(stems[i - 1]!, stems[i]!);
  for (const w of content) if (w.length <= MAX_WORD_LENGTH) visit.charWord(w);
  return all;
}

/**
 * Every feature name seen while fitting, numbered in order of first sight, with its document frequency. Texts'
 * counts are kept by number, and a word's character n-grams are named once per word, not per occurrence.
 */
class FeatureCounter {
  readonly names: string[] = [];
  readonly df: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly grams = new Map<string, number[]>();

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
      this.df.push(0);
    }
    return id;
  }

  gramIds(word: string): number[] {
    let ids = this.grams.get(word);
    if (!ids) {
      const found: number[] = [];
      forEachCharGram(word, (name) => found.push(this.id(name)));
      this.grams.set(word, (ids = found));
    }
    return ids;
  }

  /** A text's feature counts by number (in order of first sight); `words` receives its words. */
  count(text: string, functionWords: boolean, words: string[]): Map<number, number> {
    const counts = new Map<number, number>();
    const add = (id: number): void => {
      const n = counts.get(id);
      if (n === undefined) this.df[id]!++;
      counts.set(id, (n ?? 0) + 1);
    };
    const all = visitFeatures(text, functionWords, undefined, {
      word: (s) => add(this.id(`w:${s}`)),
      pair: (a, b) => add(this.id(`b:${a}_${b}`)),
      charWord: (w) => {
        for (const id of this.gramIds(w)) add(id);
      },
    });
    for (const w of all) words.push(w);
    return counts;
  }
}

/** How many words' character n-gram features are remembered before the memo starts over. */
const GRAM_MEMO_SIZE = 50_000;

function familiesOf(features: StringTable): Uint8Array {
  const out = new Uint8Array(features.size);
  for (let i = 0; i < features.size; i++) {
    const c = features.firstCode(i);
    out[i] = c === 119 ? 0 : c === 98 ? 1 : 2; // w, b, c
  }
  return out;
}

/** How many recent vectors `transform` hands back without featurizing again. */
const RECENT = 2;

/** Turns text into L2-normalised tf-idf vectors over a vocabulary learned from the training texts. */
export class Featurizer {
  /** The feature names, each found by its number. */
  private index = StringTable.of([]);
  private idf: Float32Array = new Float32Array(0);
  /** Each feature's family: 0 words, 1 word pairs, 2 character n-grams. */
  private family: Uint8Array = new Uint8Array(0);
  private speller: SpellingCorrector | undefined;
  /**
   * The last two texts transformed and their vectors, newest first: a reply that quotes the answers nearest a question
   * featurizes the same text the matcher did, perhaps after reading the question once more without its introduction.
   * Vectors are never changed after they are made, so handing out the same one is safe.
   */
  private recent: Array<{ text: string; correct: boolean; vector: SparseVector }> = [];
  /** A word's known character n-gram features, worked out once per word (questions repeat words). Bounded. */
  private readonly grams = new Map<string, Int32Array>();
  /** Scratch for `transform` (see `scratchFor`). */
  private counts = new Int32Array(0);
  private seen = new Int32Array(0);
  /** The largest idf: the weight of a word no training text used. */
  private maxIdf = 1;
  private readonly vectors: WordVectors | undefined;

  constructor(
    private readonly weights: FeatureWeights = defaultFeatureWeights,
    vectors?: WordVectors,
  ) {
    if ((weights.vectors ?? 0) > 0 && !vectors) throw new Error('the featurizer is asked for word vectors but was given none');
    this.vectors = (weights.vectors ?? 0) > 0 ? vectors : undefined;
  }

  /** Everything a fitted featurizer knows, as plain data (for the index cache). */
  toSnapshot(): FeaturizerSnapshot {
    const speller = this.speller ?? new SpellingCorrector([]);
    return { weights: this.weights, features: this.index.toSnapshot(), idf: this.idf, words: speller.toSnapshot() };
  }

  static fromSnapshot(snapshot: FeaturizerSnapshot, vectors?: WordVectors): Featurizer {
    const f = new Featurizer(snapshot.weights, vectors);
    f.index = StringTable.fromSnapshot(snapshot.features);
    f.idf = snapshot.idf;
    if (vectors) f.maxIdf = maxOf(snapshot.idf);
    f.family = familiesOf(f.index);
    f.speller = new SpellingCorrector(snapshot.words);
    return f;
  }

  private get functionWords(): boolean {
    return this.weights.functionWords ?? true;
  }

  /** The vocabulary's features, then the word vectors' dimensions when the pack uses them. */
  get size(): number {
    return this.index.size + (this.vectors?.dimensions ?? 0);
  }

  /** Learns the vocabulary, document frequencies and the spelling vocabulary; returns the training vectors. */
  fit(texts: readonly string[]): SparseVector[] {
    this.recent = [];
    const counter = new FeatureCounter();
    const vocabulary: string[] = [];
    const textWords: string[][] = [];
    const raw = texts.map((t) => {
      // Each text's own words are kept apart only when the word vectors need them.
      const own = this.vectors ? [] : vocabulary;
      const counts = counter.count(t, this.functionWords, own);
      if (own !== vocabulary) {
        for (const w of own) vocabulary.push(w);
        textWords.push(own);
      }
      return counts;
    });
    const { names, df } = counter;
    // Each seen feature's number among the kept ones, or -1. A word pair or character n-gram seen in a single
    // text cannot generalise; it only grows every weight matrix (by a row per class). Words are all kept: one
    // mention of a service name still counts.
    const kept = new Int32Array(names.length).fill(-1);
    const keptNames: string[] = [];
    const keptDf: number[] = [];
    names.forEach((name, id) => {
      if (df[id]! < MIN_DF && name[0] !== 'w') return;
      kept[id] = keptNames.length;
      keptNames.push(name);
      keptDf.push(df[id]!);
    });
    this.index = StringTable.of(keptNames);
    this.idf = Float32Array.from(keptDf, (d) => Math.log((1 + texts.length) / (1 + d)) + 1);
    if (this.vectors) this.maxIdf = maxOf(this.idf);
    this.family = familiesOf(this.index);
    this.speller = new SpellingCorrector(vocabulary);
    return raw.map((counts, t) => {
      const known = new Map<number, number>();
      for (const [id, tf] of counts) if (kept[id]! >= 0) known.set(kept[id]!, tf);
      return this.vectorize(Int32Array.from(known.keys()), Int32Array.from(known.values()), this.meaning(textWords[t]));
    });
  }

  /**
   * The vector of a text; unknown words are spell-corrected first unless `correct` is false. The same features
   * as training extracts, counted by feature number without building a string for each character n-gram.
   */
  transform(text: string, correct = true): SparseVector {
    for (const r of this.recent) if (r.text === text && r.correct === correct) return r.vector;
    const vector = this.vectorOf(text, correct);
    this.recent.unshift({ text, correct, vector });
    if (this.recent.length > RECENT) this.recent.pop();
    return vector;
  }

  private vectorOf(text: string, correct: boolean): SparseVector {
    const speller = correct ? this.speller : undefined;
    const { counts, seen } = this.scratchFor();
    let n = 0;
    const bump = (i: number): void => {
      if (i < 0) return;
      if (counts[i] === 0) seen[n++] = i;
      counts[i]!++;
    };
    const all = visitFeatures(text, this.functionWords, speller, {
      word: (s) => bump(this.index.indexOfParts('w:', s)),
      pair: (a, b) => bump(this.index.indexOfParts('b:', a, '_', b)),
      charWord: (w) => {
        for (const i of this.charGrams(w)) bump(i);
      },
    });
    const ids = seen.subarray(0, n);
    const tfs = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      tfs[k] = counts[ids[k]!]!;
      counts[ids[k]!] = 0;
    }
    return this.vectorize(ids, tfs, this.meaning(all));
  }

  /**
   * Per-feature counts (all zero between questions) and the features seen, in order of first sight: reused by
   * every question instead of a map per question.
   */
  private scratchFor(): { counts: Int32Array; seen: Int32Array } {
    if (this.counts.length !== this.index.size) [this.counts, this.seen] = [new Int32Array(this.index.size), new Int32Array(this.index.size)];
    return { counts: this.counts, seen: this.seen };
  }

  /**
   * The idf-weighted mean of the content words' vectors (null without word vectors or without a known word); a
   * word the training texts never used weighs as the rarest one.
   */
  private meaning(words: readonly string[] | undefined): Float64Array | null {
    const vectors = this.vectors;
    if (!vectors || !words) return null;
    const sum = new Float64Array(vectors.dimensions);
    let found = false;
    for (const w of words) {
      if (STOP_WORDS.has(w)) continue;
      const row = vectors.indexOf(w);
      if (row < 0) continue;
      const f = this.index.indexOf(`w:${stem(w)}`);
      vectors.addTo(sum, row, f >= 0 ? (this.idf[f] ?? this.maxIdf) : this.maxIdf);
      found = true;
    }
    return found ? sum : null;
  }

  /** The word and word-pair part of a vector, unit length again (what example neighbours compare). */
  wordsAndPairs(x: SparseVector): SparseVector {
    let n = 0;
    let norm = 0;
    for (let k = 0; k < x.idx.length; k++) {
      if (!this.isWordOrPair(x.idx[k]!)) continue;
      n++;
      norm += x.val[k]! * x.val[k]!;
    }
    const idx = new Int32Array(n);
    const val = new Float32Array(n);
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    let at = 0;
    for (let k = 0; k < x.idx.length; k++) {
      if (!this.isWordOrPair(x.idx[k]!)) continue;
      idx[at] = x.idx[k]!;
      val[at++] = x.val[k]! * scale;
    }
    return { idx, val };
  }

  /** Family 0 or 1; character n-grams and the word vectors' dimensions (past the vocabulary) are neither. */
  private isWordOrPair(feature: number): boolean {
    return feature < this.index.size && this.family[feature]! < 2;
  }

  private charGrams(word: string): Int32Array {
    let known = this.grams.get(word);
    if (known) return known;
    const found: number[] = [];
    forEachCharGram(word, (name) => {
      const f = this.index.indexOf(name);
      if (f >= 0) found.push(f);
    });
    known = Int32Array.from(found);
    if (this.grams.size >= GRAM_MEMO_SIZE) this.grams.clear();
    this.grams.set(word, known);
    return known;
  }

  /** A text's vector from its features' numbers and counts (`tfs[k]` is feature `ids[k]`'s). */
  private vectorize(ids: Int32Array, tfs: Int32Array, meaning: Float64Array | null = null): SparseVector {
    // Each known feature's tf-idf value (and the word vectors' mean after them); then each family is L2-normalised
    // and scaled, and the whole vector normalised again.
    const dense = meaning?.length ?? 0;
    const idx = new Int32Array(ids.length + dense);
    const val = new Float32Array(ids.length + dense);
    const norms = [0, 0, 0, 0];
    let n = 0;
    for (let k = 0; k < ids.length; k++) {
      const i = ids[k]!;
      const tf = tfs[k]!;
      const v = (1 + Math.log(tf)) * (this.idf[i] ?? 1);
      idx[n] = i;
      val[n] = v;
      norms[this.family[i]!]! += v * v;
      n++;
    }
    const sparse = n;
    for (let d = 0; d < dense; d++) {
      idx[n] = this.index.size + d;
      val[n] = meaning![d]!;
      norms[3]! += meaning![d]! * meaning![d]!;
      n++;
    }
    const scale = [this.weights.words, this.weights.bigrams, this.weights.chars, this.weights.vectors ?? 0].map((w, b) =>
      norms[b]! > 0 ? w / Math.sqrt(norms[b]!) : 0,
    );
    let total = 0;
    for (let k = 0; k < n; k++) {
      const v = val[k]! * scale[k < sparse ? this.family[idx[k]!]! : 3]!;
      val[k] = v;
      total += v * v;
    }
    if (total > 0) {
      const k = 1 / Math.sqrt(total);
      for (let j = 0; j < n; j++) val[j] = val[j]! * k;
    }
    return { idx, val };
  }
}

function maxOf(values: Float32Array): number {
  let max = 1;
  for (const v of values) if (v > max) max = v;
  return max;
}
