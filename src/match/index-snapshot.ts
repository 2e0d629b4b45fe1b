import type { Knowledge } from '../knowledge/schema.js';
import { encodeLabel } from './class-label.js';
import { ExampleNeighbours } from './example-neighbours.js';
import { Featurizer, type FeaturizerSnapshot } from './featurizer.js';
import { assembleIndex, packWordVectors, type KnowledgeIndex } from './knowledge-index.js';
import { TextClassifier } from './text-classifier.js';

/** Bump when the features or the model change shape: older snapshots are then ignored. */
export const SNAPSHOT_VERSION = 9;

interface ClassifierHeader {
  labels: string[];
  classes: number;
  features: number;
  models: number;
}

/** How many feature names and spelling words, and how many hash slots each table has. */
interface TableSizes {
  features: number;
  featureSlots: number;
  words: number;
  wordSlots: number;
}

interface Header {
  version: number;
  /** The feature names and the spelling vocabulary each joined into one string; their offsets and hash slots follow as arrays. */
  featurizer: { weights: FeaturizerSnapshot['weights']; features: string; words: string; sizes: TableSizes };
  topic: ClassifierHeader;
  entry: ClassifierHeader | null;
  /** The example neighbours' labels and sizes; their rows follow the models' arrays. */
  neighbours: { labels: Array<string | null>; features: number; values: number } | null;
}

const MAGIC = 0x4d4c4131; // "MLA1"

/** Each array starts on a 4-byte boundary, so float arrays can be viewed in place. */
const pad4 = (n: number): number => Math.ceil(n / 4) * 4;

/**
 * A trained index as bytes: a JSON header (vocabulary, labels) then the arrays (idf; per model each feature's row,
 * the rows of 8-bit weights, their per-feature scales and the biases; the example neighbours' rows), each on a 4-byte boundary,
 * so a process can start without retraining. Restoring needs the same knowledge it was trained on.
 */
export function encodeIndex(index: KnowledgeIndex): Uint8Array {
  const { weights, features, idf, words } = index.featurizer.toSnapshot();
  const neighbours = index.neighbours?.toSnapshot() ?? null;
  const head = (c: TextClassifier): ClassifierHeader => ({
    labels: [...c.labels],
    classes: c.labels.length,
    features: c.featurizer.size,
    models: c.models.length,
  });
  const header: Header = {
    version: SNAPSHOT_VERSION,
    featurizer: {
      weights,
      features: features.joined,
      words: words.words.joined,
      sizes: { features: features.starts.length - 1, featureSlots: features.slots.length, words: words.counts.length, wordSlots: words.words.slots.length },
    },
    topic: head(index.topicClassifier),
    entry: index.entryClassifier ? head(index.entryClassifier) : null,
    neighbours: neighbours ? { labels: neighbours.labels, features: neighbours.starts.length - 1, values: neighbours.rows.length } : null,
  };
  const arrays: Array<Float32Array | Int8Array | Int32Array> = [idf, features.starts, features.slots, words.words.starts, words.words.slots, words.counts];
  for (const c of [index.topicClassifier, index.entryClassifier]) for (const m of c?.models ?? []) arrays.push(m.rows, m.weights, m.scales, m.bias);
  if (neighbours) arrays.push(neighbours.starts, neighbours.rows, neighbours.vals);
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = pad4(8 + json.length);
  const total = arrays.reduce((n, a) => n + pad4(a.byteLength), start);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC);
  view.setUint32(4, json.length);
  out.set(json, 8);
  let at = start;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad4(a.byteLength);
  }
  return out;
}

/**
 * Whether the snapshot's classes are this knowledge's: every pain point, entry and smalltalk intent it names
 * exists, and it names every pain point and entry the knowledge has. A snapshot of another pack is refused
 * rather than answering with the wrong entries.
 */
function labelsMatch(knowledge: Knowledge, header: Header): boolean {
  const names = new Set([...header.topic.labels, ...(header.entry?.labels ?? [])]);
  const known = new Set<string>([
    ...knowledge.painPoints.map((p) => encodeLabel({ kind: 'pain-point', id: p.id })),
    ...knowledge.smalltalk.map((t) => encodeLabel({ kind: 'smalltalk', id: t.id })),
    ...knowledge.entries.map((e) => encodeLabel({ kind: 'entry', id: e.id })),
    ...knowledge.outOfScope.map((o) => encodeLabel({ kind: 'out-of-scope', id: o.id })),
  ]);
  for (const name of names) if (!known.has(name)) return false;
  const needed = [
    ...knowledge.painPoints.map((p) => encodeLabel({ kind: 'pain-point', id: p.id })),
    ...(header.entry ? knowledge.entries.map((e) => encodeLabel({ kind: 'entry', id: e.id })) : []),
  ];
  return needed.every((name) => names.has(name));
}

/** How many rows a model stores: its features' rows number them 0, 1, 2… in feature order (-1 for none), as `quantizeModel` writes them. */
function storedRows(rows: Int32Array): number {
  let next = 0;
  for (const row of rows) {
    if (row === next) next++;
    else if (row !== -1) throw new Error(`snapshot: a model's row ${row} is out of order (expected ${next} or -1)`);
  }
  return next;
}

/** Rebuilds an index from `encodeIndex`'s bytes; null when they are not a snapshot of this version and knowledge. */
export function decodeIndex(knowledge: Knowledge, bytes: Uint8Array): KnowledgeIndex | null {
  if (bytes.byteLength < 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== MAGIC) return null;
  const length = view.getUint32(4);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
  if (header.version !== SNAPSHOT_VERSION || !labelsMatch(knowledge, header)) return null;
  // Float32Array views need a 4-byte aligned offset: a file read whole usually is (no copy), a slice may not be.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  let at = pad4(8 + length);
  const take = (n: number): Float32Array => {
    const a = new Float32Array(aligned.buffer, aligned.byteOffset + at, n);
    at += pad4(n * 4);
    return a;
  };
  const takeInts = (n: number): Int32Array => {
    const a = new Int32Array(aligned.buffer, aligned.byteOffset + at, n);
    at += n * 4;
    return a;
  };
  const takeBytes = (n: number): Int8Array => {
    const a = new Int8Array(aligned.buffer, aligned.byteOffset + at, n);
    at += pad4(n);
    return a;
  };
  const { weights, sizes } = header.featurizer;
  const idf = take(sizes.features);
  const features = { joined: header.featurizer.features, starts: takeInts(sizes.features + 1), slots: takeInts(sizes.featureSlots) };
  const words = { joined: header.featurizer.words, starts: takeInts(sizes.words + 1), slots: takeInts(sizes.wordSlots) };
  const vectors = packWordVectors(knowledge);
  // Trained with word vectors the knowledge no longer has (or without those it now has): not this index.
  if ((weights.vectors ?? 0) > 0 !== (vectors !== undefined)) return null;
  const featurizer = Featurizer.fromSnapshot({ weights, features, idf, words: { words, counts: takeInts(sizes.words) } }, vectors);
  const classifier = (h: ClassifierHeader): TextClassifier =>
    new TextClassifier(
      h.labels,
      featurizer,
      Array.from({ length: h.models }, () => {
        const rows = takeInts(h.features);
        const stored = storedRows(rows);
        return { classes: h.classes, features: h.features, rows, weights: takeBytes(h.classes * stored), scales: take(h.features), bias: take(h.classes) };
      }),
    );
  const topicClassifier = classifier(header.topic);
  const entryClassifier = header.entry ? classifier(header.entry) : null;
  const n = header.neighbours;
  const neighbours = n
    ? new ExampleNeighbours({ labels: n.labels, starts: takeInts(n.features + 1), rows: takeInts(n.values), vals: take(n.values) })
    : null;
  return assembleIndex(knowledge, { featurizer, topicClassifier, entryClassifier, neighbours });
}
