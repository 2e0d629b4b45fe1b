import { softmaxInPlace, type SoftmaxModel } from './softmax-model.js';
import type { SparseVector } from './sparse-vector.js';

/**
 * A trained softmax model for answering, stored in a quarter of the memory: each feature's row of class weights
 * as 8-bit integers with one scale per row (the row's largest weight maps to ±127). The rounding moves a
 * weight by at most 1/254 of its row's largest, far below what separates classes, and the snapshot, the start-up
 * read and the resident memory shrink about fourfold.
 */
export interface QuantizedModel {
  classes: number;
  features: number;
  /**
   * Per feature: its row in `weights`, or -1 when all its weights are zero. A model learns nothing for a feature its
   * training texts never have (the entry model and the words only out-of-scope examples use: 18% of the shipped
   * entry model's rows, 2.6 MB), and a row it does not store costs no memory.
   */
  rows: Int32Array;
  /** The stored rows, `classes` weights each. */
  weights: Int8Array;
  /** Per feature: the value of one integer step in its row. */
  scales: Float32Array;
  bias: Float32Array;
}

export function quantizeModel(model: SoftmaxModel): QuantizedModel {
  const { classes, features } = model;
  const rows = new Int32Array(features).fill(-1);
  const maxima = new Float32Array(features);
  let kept = 0;
  for (let f = 0; f < features; f++) {
    let max = 0;
    for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(model.weights[f * classes + c]!));
    maxima[f] = max;
    if (max > 0) rows[f] = kept++;
  }
  const weights = new Int8Array(kept * classes);
  const scales = new Float32Array(features);
  for (let f = 0; f < features; f++) {
    if (rows[f]! < 0) continue;
    const step = maxima[f]! / 127;
    scales[f] = step;
    const [from, to] = [f * classes, rows[f]! * classes];
    for (let c = 0; c < classes; c++) weights[to + c] = Math.round(model.weights[from + c]! / step);
  }
  return { classes, features, rows, weights, scales, bias: Float32Array.from(model.bias) };
}

/** Class probabilities for one input, written into `out` (length = classes). */
export function predictQuantized(model: QuantizedModel, x: SparseVector, out: Float64Array): Float64Array {
  const { classes, rows, weights, scales, bias } = model;
  const { idx, val } = x;
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let k = 0; k < idx.length; k++) {
    const f = idx[k]!;
    const stored = rows[f] ?? -1;
    const v = stored < 0 ? 0 : val[k]! * scales[f]!;
    if (v === 0) continue;
    const row = stored * classes;
    for (let c = 0; c < classes; c++) out[c]! += v * weights[row + c]!;
  }
  return softmaxInPlace(out, classes);
}
