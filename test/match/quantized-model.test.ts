import { describe, expect, it } from 'vitest';
import { predictQuantized, quantizeModel } from '../../src/match/quantized-model.js';
import { predictInto, trainSoftmax, type SoftmaxModel } from '../../src/match/softmax-model.js';
import { sparseFromMap, type SparseVector } from '../../src/match/sparse-vector.js';

const vec = (entries: Array<[number, number]>): SparseVector => sparseFromMap(new Map(entries));

// Four classes over twelve features with overlaps, so probabilities are not all near 0 or 1.
const xs = Array.from({ length: 40 }, (_, i) => vec([[i % 12, 1], [(i * 5) % 12, 0.6], [(i * 7 + 3) % 12, 0.3]]));
const ys = xs.map((_, i) => i % 4);
const model = trainSoftmax(xs, ys, ys.map(() => 1), { classes: 4, features: 12 }, { epochs: 30, learningRate: 0.5, l2: 1e-4, seed: 5 });

describe('quantizeModel / predictQuantized', () => {
  it('GIVEN a trained model THEN 8-bit weights give the same probabilities within 1% and the same best class', () => {
    const q = quantizeModel(model);
    expect(q.weights.byteLength).toBe(model.weights.byteLength / 4);
    for (const x of [...xs, vec([[0, 0.5], [11, 0.5]]), vec([])]) {
      const exact = [...predictInto(model, x, new Float64Array(4))];
      const approx = [...predictQuantized(q, x, new Float64Array(4))];
      for (let c = 0; c < 4; c++) expect(Math.abs(approx[c]! - exact[c]!)).toBeLessThan(0.01);
      expect(approx.indexOf(Math.max(...approx))).toBe(exact.indexOf(Math.max(...exact)));
    }
  });

  it('GIVEN a row of weights THEN its largest weight maps to ±127, and a row of zeros is not stored', () => {
    const m: SoftmaxModel = { classes: 3, features: 2, weights: Float32Array.from([0.5, -1, 0.25, 0, 0, 0]), bias: new Float32Array(3) };
    const q = quantizeModel(m);
    expect([...q.weights]).toEqual([64, -127, 32]);
    expect([...q.rows]).toEqual([0, -1]);
    expect(q.scales[0]).toBeCloseTo(1 / 127, 6);
    expect(q.scales[1]).toBe(0);
  });

  it('GIVEN features the training never saw THEN their rows are not stored and predictions are unchanged', () => {
    // Features 12-15 exist but no training text has them: their weights stay zero.
    const wide = trainSoftmax(xs, ys, ys.map(() => 1), { classes: 4, features: 16 }, { epochs: 30, learningRate: 0.5, l2: 1e-4, seed: 5 });
    const q = quantizeModel(wide);
    expect(q.weights.length).toBe(12 * 4);
    expect([...q.rows.subarray(12)]).toEqual([-1, -1, -1, -1]);
    for (const x of [vec([[0, 0.5], [13, 0.5]]), vec([[15, 1]]), xs[3]!]) {
      const exact = [...predictInto(wide, x, new Float64Array(4))];
      const approx = [...predictQuantized(q, x, new Float64Array(4))];
      for (let c = 0; c < 4; c++) expect(Math.abs(approx[c]! - exact[c]!)).toBeLessThan(0.01);
    }
  });
});
