import type { SparseVector } from './sparse-vector.js';

/** How many nearest examples vote. */
const K = 7;

/**
 * The examples' vectors stored by feature (compressed sparse columns): for feature f, the examples that have it
 * are `rows[starts[f] .. starts[f + 1]]` with their values in `vals`. Each example's pain point, or null.
 */
export interface NeighboursSnapshot {
  labels: Array<string | null>;
  starts: Int32Array;
  rows: Int32Array;
  vals: Float32Array;
}

/**
 * The knowledge's examples as word and word-pair vectors, searched by cosine similarity: a third opinion on the
 * pain point, from the phrasings nearest to the question rather than from a model of every phrasing at once.
 * Out-of-scope examples take part (their similarity counts in the total) but vote for no pain point.
 */
export class ExampleNeighbours {
  /** Scratch space reused by every search (no allocation per question). */
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;
  private readonly top = new Int32Array(K);

  constructor(private readonly snapshot: NeighboursSnapshot) {
    this.scores = new Float64Array(snapshot.labels.length);
    this.touched = new Int32Array(snapshot.labels.length);
  }

  /** Indexes labelled example vectors over `features` feature numbers. */
  static build(examples: ReadonlyArray<{ vector: SparseVector; label: string | null }>, features: number): ExampleNeighbours {
    const starts = new Int32Array(features + 1);
    for (const { vector } of examples) for (const f of vector.idx) starts[f + 1]!++;
    for (let f = 0; f < features; f++) starts[f + 1]! += starts[f]!;
    const fill = starts.slice(0, features);
    const rows = new Int32Array(starts[features]!);
    const vals = new Float32Array(starts[features]!);
    examples.forEach(({ vector }, row) => {
      for (let k = 0; k < vector.idx.length; k++) {
        const at = fill[vector.idx[k]!]!++;
        rows[at] = row;
        vals[at] = vector.val[k]!;
      }
    });
    return new ExampleNeighbours({ labels: examples.map((e) => e.label), starts, rows, vals });
  }

  toSnapshot(): NeighboursSnapshot {
    return this.snapshot;
  }

  /**
   * What the K nearest examples say about a question. `votes`: each label's share of their similarity, smoothed so
   * that no pain point is ruled out by this opinion alone (votes + 5% of the total, for each of the labels given).
   * `outOfScope`: the out-of-scope examples' share, smoothed the same way between in and out of scope
   * ((none + 5%) / (total + 10%)): 0.5 when no example shares a feature with the question, near 1 when only
   * out-of-scope phrasings are close to it.
   */
  opinion(query: SparseVector, labels: Iterable<string>): { votes: Map<string, number>; outOfScope: number } {
    const { byLabel, total } = this.search(query);
    let labelled = 0;
    for (const s of byLabel.values()) labelled += s;
    const votes = new Map<string, number>();
    for (const label of labels) votes.set(label, (byLabel.get(label) ?? 0) + 0.05 * (total || 1));
    const outOfScope = total > 0 ? (total - labelled + 0.05 * total) / (1.1 * total) : 0.5;
    return { votes, outOfScope };
  }

  /** The K nearest examples' similarity, summed per pain point (out-of-scope examples count in the total only). */
  private search(query: SparseVector): { byLabel: Map<string, number>; total: number } {
    const { starts, rows, vals } = this.snapshot;
    const { scores, touched, top } = this;
    let count = 0;
    for (let k = 0; k < query.idx.length; k++) {
      const f = query.idx[k]!;
      if (f + 1 >= starts.length) continue;
      const q = query.val[k]!;
      for (let j = starts[f]!; j < starts[f + 1]!; j++) {
        const row = rows[j]!;
        // Recorded as touched when its score was still 0, without a branch: whether a row was seen before is a
        // coin toss the processor cannot predict, and a mispredicted branch per posting cost a third of the search.
        touched[count] = row;
        count += Number(scores[row] === 0);
        scores[row]! += q * vals[j]!;
      }
    }
    // The K best rows by insertion into a sorted array.
    let kept = 0;
    for (let t = 0; t < count; t++) {
      const row = touched[t]!;
      const s = scores[row]!;
      if (kept === K && s <= scores[top[K - 1]!]!) continue;
      let at = kept < K ? kept++ : K - 1;
      while (at > 0 && scores[top[at - 1]!]! < s) {
        top[at] = top[at - 1]!;
        at--;
      }
      top[at] = row;
    }
    const byLabel = new Map<string, number>();
    let total = 0;
    for (let t = 0; t < kept; t++) {
      const s = scores[top[t]!]!;
      total += s;
      const label = this.snapshot.labels[top[t]!];
      if (label) byLabel.set(label, (byLabel.get(label) ?? 0) + s);
    }
    for (let t = 0; t < count; t++) scores[touched[t]!] = 0;
    return { byLabel, total };
  }
}
