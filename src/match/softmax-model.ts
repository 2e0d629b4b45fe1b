import type { SparseVector } from './sparse-vector.js';

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty: larger keeps weights small and confidences honest on unfamiliar text. */
  l2: number;
  seed: number;
}

export const defaultTrainOptions: TrainOptions = { epochs: 12, learningRate: 0.5, l2: 1e-4, seed: 7 };

/** Multinomial logistic regression over sparse inputs: weights are [feature][class], row-major. */
export interface SoftmaxModel {
  classes: number;
  features: number;
  weights: Float32Array;
  bias: Float32Array;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Class probabilities for one input, written into `out` (length = classes). */
export function predictInto(model: SoftmaxModel, x: SparseVector, out: Float64Array, scale = 1): Float64Array {
  const { classes, weights, bias } = model;
  for (let c = 0; c < classes; c++) out[c] = bias[c] ?? 0;
  for (let k = 0; k < x.idx.length; k++) {
    const row = (x.idx[k] ?? 0) * classes;
    const v = (x.val[k] ?? 0) * scale;
    for (let c = 0; c < classes; c++) out[c] = (out[c] ?? 0) + v * (weights[row + c] ?? 0);
  }
  let max = -Infinity;
  for (let c = 0; c < classes; c++) max = Math.max(max, out[c] ?? 0);
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    const e = Math.exp((out[c] ?? 0) - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < classes; c++) out[c] = (out[c] ?? 0) / sum;
  return out;
}

/**
 * Trains by stochastic gradient descent with a decaying step and L2 weight decay (applied lazily through
 * a shared scale factor, so each step touches only the rows of the features present).
 */
export function trainSoftmax(
  xs: readonly SparseVector[],
  ys: readonly number[],
  sampleWeights: readonly number[],
  shape: { classes: number; features: number },
  options: TrainOptions = defaultTrainOptions,
): SoftmaxModel {
  const { classes, features } = shape;
  const model: SoftmaxModel = {
    classes,
    features,
    weights: new Float32Array(features * classes),
    bias: new Float32Array(classes),
  };
  const random = mulberry32(options.seed);
  const order = xs.map((_, i) => i);
  const probs = new Float64Array(classes);
  let scale = 1;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const n of order) {
      const x = xs[n];
      const y = ys[n] ?? 0;
      if (!x) continue;
      const lr = options.learningRate / (1 + options.learningRate * options.l2 * step++);
      predictInto(model, x, probs, scale);
      const w = sampleWeights[n] ?? 1;
      scale *= 1 - lr * options.l2;
      const k = (lr * w) / scale;
      for (let c = 0; c < classes; c++) {
        const g = (probs[c] ?? 0) - (c === y ? 1 : 0);
        probs[c] = g;
        model.bias[c] = (model.bias[c] ?? 0) - lr * w * g;
      }
      for (let f = 0; f < x.idx.length; f++) {
        const row = (x.idx[f] ?? 0) * classes;
        const v = (x.val[f] ?? 0) * k;
        for (let c = 0; c < classes; c++) model.weights[row + c] = (model.weights[row + c] ?? 0) - v * (probs[c] ?? 0);
      }
      if (scale < 1e-4) {
        for (let i = 0; i < model.weights.length; i++) model.weights[i] = (model.weights[i] ?? 0) * scale;
        scale = 1;
      }
    }
  }
  if (scale !== 1) for (let i = 0; i < model.weights.length; i++) model.weights[i] = (model.weights[i] ?? 0) * scale;
  return model;
}
