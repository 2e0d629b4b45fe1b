import type { Entry } from '../knowledge/schema.js';
import type { Featurizer } from '../match/featurizer.js';
import type { SparseVector } from '../match/sparse-vector.js';
import { SENTENCE_END, entryLead } from './answer-lead.js';

/**
 * How similar (cosine of word and word-pair vectors) a sentence of an entry's answer must be to the question to be
 * quoted beside the answer's opening. On real-dev's 350 "no specific answer yet" replies (pack of 1bf1540), the
 * best sentence of each nearest entry scored 0.10 at the median and 0.18 at the 90th percentile; from about 0.15 it
 * is mostly on the asker's point (the tool they name, the setting they ask about), below it mostly a chance word.
 */
export const MIN_PASSAGE = 0.15;

/** Shorter sentences say too little out of their context ("Sequential calls are often the real problem."). */
const MIN_LENGTH = 50;
/** The longest passage quoted; a longer sentence is left for the whole answer. */
const MAX_LENGTH = 320;

/** An entry's candidate sentences and their word and word-pair vectors, packed: sentence i's features are at `starts[i]..starts[i + 1]`. */
interface Passages {
  texts: string[];
  starts: Int32Array;
  idx: Int32Array;
  val: Float32Array;
}

/** Per featurizer (one per index), each entry's candidate sentences and their vectors, worked out on first use. */
const cache = new WeakMap<Featurizer, WeakMap<Entry, Passages>>();

/** The sentences of an answer that could stand alone as a quote: not the opening, not a list's lead-in, not too long. */
export function answerSentences(entry: Entry): string[] {
  const lead = entryLead(entry);
  const out: string[] = [];
  for (const block of entry.body.split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)/)) {
    const text = block.replace(/^\s*(?:[-*]|\d+\.)\s+/, '').replace(/\s+/g, ' ').trim();
    for (const sentence of text.split(SENTENCE_END)) {
      const s = sentence.trim();
      if (s.length < MIN_LENGTH || s.length > MAX_LENGTH || s.endsWith(':') || lead.includes(s)) continue;
      if (/^#|\|/.test(s)) continue; // headings and table rows
      out.push(balanced(s));
    }
  }
  return out;
}

/** A sentence cut out of a bold or code span would leave a stray marker: drop the markers of an unpaired kind. */
function balanced(sentence: string): string {
  let s = sentence;
  if ((s.match(/\*\*/g)?.length ?? 0) % 2) s = s.replace(/\*\*/g, '');
  if ((s.match(/`/g)?.length ?? 0) % 2) s = s.replace(/`/g, '');
  return s;
}

function passagesOf(featurizer: Featurizer, entry: Entry): Passages {
  let byEntry = cache.get(featurizer);
  if (!byEntry) cache.set(featurizer, (byEntry = new WeakMap()));
  let passages = byEntry.get(entry);
  if (!passages) {
    passages = pack(answerSentences(entry), (t) => featurizer.wordsAndPairs(featurizer.transform(t, false)));
    byEntry.set(entry, passages);
  }
  return passages;
}

/**
 * Works out every entry's quotable sentences and their vectors now rather than on first use (~0.5 ms per entry): a
 * service does it once at start-up, so that no question after it pays for an entry's first quotation.
 */
export function preparePassages(featurizer: Featurizer, entries: readonly Entry[]): void {
  for (const entry of entries) passagesOf(featurizer, entry);
}

/** One pair of typed arrays per entry rather than per sentence: a few thousand sentences stay a few hundred KB. */
function pack(texts: string[], vectorOf: (text: string) => SparseVector): Passages {
  const vectors = texts.map(vectorOf);
  const starts = new Int32Array(texts.length + 1);
  vectors.forEach((v, i) => (starts[i + 1] = starts[i]! + v.idx.length));
  const idx = new Int32Array(starts[texts.length]!);
  const val = new Float32Array(idx.length);
  vectors.forEach((v, i) => {
    idx.set(v.idx, starts[i]);
    val.set(v.val, starts[i]);
  });
  return { texts, starts, idx, val };
}

/** Per featurizer, a dense array of its features' weights in the current question (all zero between questions). */
const scratch = new WeakMap<Featurizer, Float32Array>();

/**
 * For each entry, the sentence of its answer nearest the question (cosine of their word and word-pair vectors), when
 * it is near enough to be worth quoting beside the answer's opening; otherwise undefined. The question's weights are
 * spread into a dense array once, so each sentence's score is a run of array reads rather than map lookups.
 */
export function nearestPassages(featurizer: Featurizer, entries: readonly Entry[], question: string): Array<string | undefined> {
  const asked = featurizer.wordsAndPairs(featurizer.transform(question));
  let dense = scratch.get(featurizer);
  if (!dense || dense.length < featurizer.size) scratch.set(featurizer, (dense = new Float32Array(featurizer.size)));
  for (let k = 0; k < asked.idx.length; k++) dense[asked.idx[k]!] = asked.val[k]!;
  try {
    return entries.map((entry) => nearest(passagesOf(featurizer, entry), dense));
  } finally {
    for (let k = 0; k < asked.idx.length; k++) dense[asked.idx[k]!] = 0;
  }
}

function nearest({ texts, starts, idx, val }: Passages, weights: Float32Array): string | undefined {
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < texts.length; i++) {
    let score = 0;
    for (let k = starts[i]!; k < starts[i + 1]!; k++) score += (weights[idx[k]!] ?? 0) * val[k]!;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return bestScore >= MIN_PASSAGE ? texts[best] : undefined;
}
