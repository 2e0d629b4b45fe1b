/**
 * Pretrained word vectors, distilled to the words a pack needs: what lets "annotation" meet "labelling" when no
 * example shares the word. The file format (little-endian), written by `encodeWordVectors`:
 *
 *   "WVEC" | u32 words | u32 dimensions | u32 byte length of the word list
 *   the words, UTF-8, one per line, sorted by their bytes, padded with zeros to a multiple of 4
 *   one f32 scale per word
 *   words × dimensions i8 components (a unit vector divided by its scale)
 */
const MAGIC = 'WVEC';
const HEADER = 16;

/** Bytes parsed before: loading a pack checks its file, then training or restoring the index uses it. */
const parsed = new WeakMap<Uint8Array, WordVectors>();

export class WordVectors {
  private readonly ids: Map<string, number>;

  private constructor(
    words: readonly string[],
    readonly dimensions: number,
    private readonly scales: Float32Array,
    private readonly components: Int8Array,
  ) {
    this.ids = new Map(words.map((w, i) => [w, i]));
  }

  get size(): number {
    return this.ids.size;
  }

  /** Reads a file's bytes (once per bytes object); throws an Error saying what is wrong when they are not word vectors. */
  static parse(bytes: Uint8Array): WordVectors {
    const known = parsed.get(bytes);
    if (known) return known;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < HEADER || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
      throw new Error('not a word-vectors file (it must start with "WVEC"; `kb import --vectors` writes one)');
    }
    const count = view.getUint32(4, true);
    const dimensions = view.getUint32(8, true);
    const listLength = view.getUint32(12, true);
    const scalesAt = HEADER + listLength + ((4 - (listLength % 4)) % 4);
    const componentsAt = scalesAt + 4 * count;
    const expected = componentsAt + count * dimensions;
    if (dimensions === 0 || dimensions > 1024 || bytes.byteLength !== expected) {
      throw new Error(`truncated or damaged: ${bytes.byteLength} bytes where ${count} words of ${dimensions} dimensions need ${expected}`);
    }
    const words = new TextDecoder().decode(bytes.subarray(HEADER, HEADER + listLength)).split('\n');
    if (words.length !== count) throw new Error(`the word list holds ${words.length} words where the header says ${count}`);
    // Copies (Uint8Array's slice: a Buffer's would be a view of its whole pool), so the vectors are 4-byte aligned
    // and do not keep a larger buffer (a cache file's) alive.
    const copy = (from: number, to: number): ArrayBuffer => Uint8Array.prototype.slice.call(bytes, from, to).buffer as ArrayBuffer;
    const scales = new Float32Array(copy(scalesAt, componentsAt));
    const components = new Int8Array(copy(componentsAt, expected));
    const vectors = new WordVectors(words, dimensions, scales, components);
    parsed.set(bytes, vectors);
    return vectors;
  }

  /** The word's row, trying it as written and then without a plural "s"; -1 when unknown. */
  indexOf(word: string): number {
    return this.ids.get(word) ?? (word.length > 3 && word.endsWith('s') ? (this.ids.get(word.slice(0, -1)) ?? -1) : -1);
  }

  /** Adds `weight` × the word's unit vector to `sum`. */
  addTo(sum: Float64Array, row: number, weight: number): void {
    const k = this.scales[row]! * weight;
    const at = row * this.dimensions;
    for (let d = 0; d < this.dimensions; d++) sum[d]! += this.components[at + d]! * k;
  }
}

/** Writes words and their vectors (any length, normalised here) in the format `WordVectors.parse` reads. */
export function encodeWordVectors(entries: ReadonlyArray<{ word: string; vector: ArrayLike<number> }>): Uint8Array {
  const encoder = new TextEncoder();
  const sorted = [...entries]
    .map((e) => ({ ...e, bytes: encoder.encode(e.word) }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  const dimensions = sorted[0]?.vector.length ?? 0;
  if (!dimensions || sorted.some((e) => e.vector.length !== dimensions || e.word.includes('\n') || !e.word)) {
    throw new Error('every word needs a non-empty name without a newline and a vector of the same length');
  }
  const list = encoder.encode(sorted.map((e) => e.word).join('\n'));
  const scalesAt = HEADER + list.length + ((4 - (list.length % 4)) % 4);
  const componentsAt = scalesAt + 4 * sorted.length;
  const out = new Uint8Array(componentsAt + sorted.length * dimensions);
  const view = new DataView(out.buffer);
  out.set(encoder.encode(MAGIC), 0);
  view.setUint32(4, sorted.length, true);
  view.setUint32(8, dimensions, true);
  view.setUint32(12, list.length, true);
  out.set(list, HEADER);
  sorted.forEach((e, i) => {
    const norm = Math.hypot(...Array.from(e.vector)) || 1;
    const unit = Array.from(e.vector, (x) => x / norm);
    const scale = Math.max(...unit.map(Math.abs)) / 127 || 1;
    view.setFloat32(scalesAt + 4 * i, scale, true);
    unit.forEach((x, d) => view.setInt8(componentsAt + i * dimensions + d, Math.round(x / scale)));
  });
  return out;
}
