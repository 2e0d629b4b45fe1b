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
  weights: Int8Array;
  /** Per feature: the value of one integer step in its row. */
  scales: Float32Array;
  bias: Float32Array;
}

export function quantizeModel(model: SoftmaxModel): QuantizedModel {
  const { classes, features } = model;
  const weights = new Int8Array(features * classes);
  const scales = new Float32Array(features);
  for (let f = 0; f < features; f++) {
    const row = f * classes;
    let max = 0;
    for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(model.weights[row + c]!));
    if (max === 0) continue;
    const step = max / 127;
    scales[f] = step;
    for (let c = 0; c < classes; c++) weights[row + c] = Math.round(model.weights[row + c]! / step);
  }
  return { classes, features, weights, scales, bias: Float32Array.from(model.bias) };
}

/** Class probabilities for one input, written into `out` (length = classes). */
export function predictQuantized(model: QuantizedModel, x: SparseVector, out: Float64Array): Float64Array {
  const { classes, weights, scales, bias } = model;
  const { idx, val } = x;
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let k = 0; k < idx.length; k++) {
    const f = idx[k]!;
    const row = f * classes;
    const v = val[k]! * scales[f]!;
    if (v === 0) continue;
    for (let c = 0; c < classes; c++) out[c]! += v * weights[row + c]!;
  }
  return softmaxInPlace(out, classes);
}
