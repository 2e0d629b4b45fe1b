import { describe, expect, it } from 'vitest';
import { quantizeModel, type QuantizedModel } from '../../src/match/quantized-model.js';
import { jsPredictor, quantizedPredictor, wasmPredictor } from '../../src/match/quantized-predictor.js';
import { mulberry32 } from '../../src/match/seeded-random.js';
import type { SparseVector } from '../../src/match/sparse-vector.js';

/** A model with random weights in [-2, 2] (bias included), quantized as training does. */
function randomModel(classes: number, features: number, seed: number): QuantizedModel {
  const random = mulberry32(seed);
  const weights = Float32Array.from({ length: classes * features }, () => random() * 4 - 2);
  // A feature whose row is all zero: its scale is 0 and the loop must skip it.
  weights.fill(0, 0, classes);
  return quantizeModel({ classes, features, weights, bias: Float32Array.from({ length: classes }, () => random() - 0.5) });
}

/** `count` distinct features at random plus `extra` pairs, scaled to unit length as the featurizer's vectors are. */
function randomInput(features: number, count: number, seed: number, extra: Array<[number, number]> = []): SparseVector {
  const random = mulberry32(seed);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, features)) chosen.add(Math.floor(random() * features));
  const pairs = [...[...chosen].map((f): [number, number] => [f, random() * 0.5 + 1e-3]), ...extra];
  const norm = Math.sqrt(pairs.reduce((s, [, v]) => s + v * v, 0)) || 1;
  return { idx: Int32Array.from(pairs, ([f]) => f), val: Float32Array.from(pairs, ([, v]) => v / norm) };
}

const predictors = wasmPredictor(randomModel(3, 4, 1)) ? ['wasm'] : [];

describe('quantizedPredictor', () => {
  it('GIVEN this Node THEN the WebAssembly loop is available (the fast path is what runs)', () => {
    expect(predictors).toEqual(['wasm']);
  });

  it.each([1, 5, 16, 17, 29, 177])('GIVEN %i classes THEN the WebAssembly loop gives the plain loop\'s probabilities within 1e-4', (classes) => {
    const model = randomModel(classes, 300, classes);
    const fast = quantizedPredictor(model);
    const plain = jsPredictor(model);
    // Inputs: none, a few, the all-zero row and a zero value, and more features than one call of the loop takes.
    const inputs = [
      randomInput(300, 0, 1),
      randomInput(300, 7, 2, [[0, 0.4], [5, 0]]),
      randomInput(300, 300, 3),
      { idx: Int32Array.from({ length: 9000 }, (_, i) => (i * 7) % 300), val: new Float32Array(9000).fill(0.01) },
    ];
    for (const x of inputs) {
      const want = [...plain.predict(x, new Float64Array(classes))];
      const got = [...fast.predict(x, new Float64Array(classes))];
      for (let c = 0; c < classes; c++) expect(Math.abs(got[c]! - want[c]!)).toBeLessThan(1e-4);
      expect(got.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
    }
  });

  it('GIVEN a model moved into WebAssembly memory THEN its weights read back unchanged and the answer does not change between calls', () => {
    const model = randomModel(29, 50, 9);
    const fast = quantizedPredictor(model);
    expect([...fast.model.weights]).toEqual([...model.weights]);
    const x = randomInput(50, 10, 4);
    const first = [...fast.predict(x, new Float64Array(29))];
    fast.predict(randomInput(50, 40, 5), new Float64Array(29));
    expect([...fast.predict(x, new Float64Array(29))]).toEqual(first);
  });

  it('GIVEN a feature number beyond the model THEN it is ignored, as the plain loop would have no row for it', () => {
    const model = randomModel(17, 20, 3);
    const x = randomInput(20, 5, 6);
    const beyond = { idx: Int32Array.from([...x.idx, 25]), val: Float32Array.from([...x.val, 0.3]) };
    expect([...quantizedPredictor(model).predict(beyond, new Float64Array(17))]).toEqual([...quantizedPredictor(model).predict(x, new Float64Array(17))]);
  });
});
