import { rowKernels } from './row-kernels.js';
import type { SparseVector } from './sparse-vector.js';
import { mulberry32 } from './seeded-random.js';

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty: larger keeps weights small and confidences honest on unfamiliar text. */
  l2: number;
  seed: number;
}

export const defaultTrainOptions: TrainOptions = { epochs: 16, learningRate: 1, l2: 4e-6, seed: 7 };

/** Multinomial logistic regression over sparse inputs: weights are [feature][class], row-major. */
export interface SoftmaxModel {
  classes: number;
  features: number;
  weights: Float32Array;
  bias: Float32Array;
}

/** Class probabilities for one input, written into `out` (length = classes). */
export function predictInto(model: SoftmaxModel, x: SparseVector, out: Float64Array, scale = 1): Float64Array {
  const { classes, weights, bias } = model;
  const { idx, val } = x;
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let k = 0; k < idx.length; k++) {
    const row = idx[k]! * classes;
    const v = val[k]! * scale;
    for (let c = 0; c < classes; c++) out[c]! += v * weights[row + c]!;
  }
  return softmaxInPlace(out, classes);
}

/** Turns the first `classes` scores of `out` into probabilities (max-shifted for stability). */
export function softmaxInPlace(out: Float64Array, classes: number): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < classes; c++) if (out[c]! > max) max = out[c]!;
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    const e = Math.exp(out[c]! - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < classes; c++) out[c]! /= sum;
  return out;
}

/** Scores with their biases (in `vector`) become the log-loss gradient: softmax minus the one-hot label. */
function gradientInto(vector: Float32Array, scratch: Float64Array, classes: number, y: number): void {
  for (let c = 0; c < classes; c++) scratch[c] = vector[c]!;
  softmaxInPlace(scratch, classes);
  for (let c = 0; c < classes; c++) vector[c] = scratch[c]!;
  vector[y]! -= 1;
}

/**
 * Trains by stochastic gradient descent with a decaying step and L2 weight decay (applied lazily through
 * a shared scale factor, so each step touches only the rows of the features present). The dense work per
 * step (scoring the example, updating its features' rows over every class) runs in `rowKernels`.
 */
export function trainSoftmax(
  xs: readonly SparseVector[],
  ys: readonly number[],
  sampleWeights: readonly number[],
  shape: { classes: number; features: number },
  options: TrainOptions = defaultTrainOptions,
): SoftmaxModel {
  const { classes, features } = shape;
  const kernels = rowKernels(xs, classes, features);
  const { vector, stride } = kernels;
  const bias = new Float32Array(classes);
  const random = mulberry32(options.seed);
  const order = xs.map((_, i) => i);
  const probs = new Float64Array(classes);
  const { learningRate, l2 } = options;
  let scale = 1;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const n of order) {
      const y = ys[n]!;
      const lr = learningRate / (1 + learningRate * l2 * step++);
      vector.set(bias);
      kernels.score(n, scale);
      const a = lr * (sampleWeights[n] ?? 1);
      scale *= 1 - lr * l2;
      gradientInto(vector, probs, classes, y);
      for (let c = 0; c < classes; c++) bias[c]! -= a * vector[c]!;
      kernels.update(n, a / scale);
      if (scale < 1e-4) {
        for (let i = 0; i < kernels.weights.length; i++) kernels.weights[i]! *= scale;
        scale = 1;
      }
    }
  }
  const weights = new Float32Array(features * classes);
  for (let f = 0; f < features; f++) {
    for (let c = 0; c < classes; c++) weights[f * classes + c] = kernels.weights[f * stride + c]! * scale;
  }
  return { classes, features, weights, bias };
}
