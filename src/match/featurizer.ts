import { normalize, words } from './normalize.js';
import { SpellingCorrector } from './spelling.js';
import { stem } from './stem.js';
import { STOP_WORDS } from './stop-words.js';
import { sparseFromMap, type SparseVector } from './sparse-vector.js';

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
}

export const defaultFeatureWeights: FeatureWeights = { words: 1, bigrams: 0.6, chars: 0.8 };

export interface FeaturizerSnapshot {
  weights: FeatureWeights;
  features: string[];
  idf: Float32Array;
  words: Array<[string, number]>;
}

const BLOCKS = ['w', 'b', 'c'] as const;
type BlockName = (typeof BLOCKS)[number];

/** Word pairs and character n-grams must occur in at least this many training texts to become features. */
const MIN_DF = 2;

/** Raw feature counts of a text, by family: stemmed words, stemmed word pairs, character 3- and 4-grams. */
function extract(text: string, functionWords: boolean, speller?: SpellingCorrector): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string): void => {
    counts.set(f, (counts.get(f) ?? 0) + 1);
  };
  const all = words(normalize(text)).map((w) => (speller ? speller.correct(w) : w));
  const content = all.filter((w) => !STOP_WORDS.has(w));
  const stems = all.map(stem);
  // Without function words, a text made of nothing else ("where are you from") still keeps them.
  for (const s of functionWords || !content.length ? stems : content.map(stem)) add(`w:${s}`);
  for (let i = 1; i < stems.length; i++) add(`b:${stems[i - 1]}_${stems[i]}`);
  for (const w of content) {
    const padded = ` ${w} `;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`);
  }
  return counts;
}

/** Turns text into L2-normalised tf-idf vectors over a vocabulary learned from the training texts. */
export class Featurizer {
  private readonly index = new Map<string, number>();
  private idf: Float32Array = new Float32Array(0);
  private speller: SpellingCorrector | undefined;

  constructor(private readonly weights: FeatureWeights = defaultFeatureWeights) {}

  /** Everything a fitted featurizer knows, as plain data (for the index cache). */
  toSnapshot(): FeaturizerSnapshot {
    return { weights: this.weights, features: [...this.index.keys()], idf: this.idf, words: this.speller?.wordCounts() ?? [] };
  }

  static fromSnapshot(snapshot: FeaturizerSnapshot): Featurizer {
    const f = new Featurizer(snapshot.weights);
    snapshot.features.forEach((name, i) => f.index.set(name, i));
    f.idf = snapshot.idf;
    f.speller = SpellingCorrector.fromCounts(snapshot.words);
    return f;
  }

  private get functionWords(): boolean {
    return this.weights.functionWords ?? true;
  }

  get size(): number {
    return this.index.size;
  }

  /** Learns the vocabulary, document frequencies and the spelling vocabulary; returns the training vectors. */
  fit(texts: readonly string[]): SparseVector[] {
    const raw = texts.map((t) => extract(t, this.functionWords));
    const counts = new Map<string, number>();
    for (const features of raw) for (const f of features.keys()) counts.set(f, (counts.get(f) ?? 0) + 1);
    const df: number[] = [];
    for (const [f, d] of counts) {
      // A word pair or character n-gram seen in a single text cannot generalise; it only grows every weight
      // matrix (by a row per class). Words are all kept: one mention of a service name still counts.
      if (d < MIN_DF && f[0] !== 'w') continue;
      this.index.set(f, this.index.size);
      df.push(d);
    }
    this.idf = Float32Array.from(df, (d) => Math.log((1 + texts.length) / (1 + d)) + 1);
    this.speller = new SpellingCorrector(texts.flatMap((t) => words(normalize(t))));
    return raw.map((counts) => this.vectorize(counts));
  }

  /** The vector of a text; unknown words are spell-corrected first unless `correct` is false. */
  transform(text: string, correct = true): SparseVector {
    return this.vectorize(extract(text, this.functionWords, correct ? this.speller : undefined));
  }

  private vectorize(counts: Map<string, number>): SparseVector {
    const blocks = new Map<BlockName, Map<number, number>>(BLOCKS.map((b) => [b, new Map()]));
    for (const [f, tf] of counts) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      blocks.get(f[0] as BlockName)?.set(i, (1 + Math.log(tf)) * (this.idf[i] ?? 1));
    }
    const out = new Map<number, number>();
    const scale: Record<BlockName, number> = { w: this.weights.words, b: this.weights.bigrams, c: this.weights.chars };
    let total = 0;
    for (const [name, block] of blocks) {
      let norm = 0;
      for (const v of block.values()) norm += v * v;
      if (norm === 0) continue;
      const k = scale[name] / Math.sqrt(norm);
      for (const [i, v] of block) {
        out.set(i, v * k);
        total += (v * k) ** 2;
      }
    }
    if (total > 0) {
      const k = 1 / Math.sqrt(total);
      for (const [i, v] of out) out.set(i, v * k);
    }
    return sparseFromMap(out);
  }
}
