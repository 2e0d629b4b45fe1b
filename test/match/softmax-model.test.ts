import { describe, expect, it } from 'vitest';
import { predictInto, trainSoftmax } from '../../src/match/softmax-model.js';
import { sparseFromMap, type SparseVector } from '../../src/match/sparse-vector.js';

const vec = (entries: Array<[number, number]>): SparseVector => sparseFromMap(new Map(entries));

// Three classes, each owning two of six features; every example also carries a shared noise feature (6).
const xs = [
  vec([[0, 1], [6, 0.5]]), vec([[1, 1], [6, 0.5]]), vec([[0, 0.7], [1, 0.7]]),
  vec([[2, 1], [6, 0.5]]), vec([[3, 1], [6, 0.5]]), vec([[2, 0.7], [3, 0.7]]),
  vec([[4, 1], [6, 0.5]]), vec([[5, 1], [6, 0.5]]), vec([[4, 0.7], [5, 0.7]]),
];
const ys = [0, 0, 0, 1, 1, 1, 2, 2, 2];
const shape = { classes: 3, features: 7 };
const options = { epochs: 60, learningRate: 0.5, l2: 1e-4, seed: 3 };

describe('trainSoftmax / predictInto', () => {
  const model = trainSoftmax(xs, ys, ys.map(() => 1), shape, options);

  it('GIVEN a separable toy problem THEN every training example is classified right, confidently', () => {
    xs.forEach((x, i) => {
      const p = predictInto(model, x, new Float64Array(3));
      expect(p.indexOf(Math.max(...p))).toBe(ys[i]);
      expect(p[ys[i]!]).toBeGreaterThan(0.7);
    });
  });

  it('GIVEN unseen combinations of a class\'s features THEN it still picks that class', () => {
    const argmax = (x: SparseVector): number => {
      const p = [...predictInto(model, x, new Float64Array(3))];
      return p.indexOf(Math.max(...p));
    };
    expect(argmax(vec([[3, 0.3]]))).toBe(1);
    expect(argmax(vec([[5, 2]]))).toBe(2);
    expect(argmax(vec([[0, 0.2], [6, 1]]))).toBe(0);
  });

  it.each([
    ['a training example', xs[0]!],
    ['an empty vector', vec([])],
    ['only the shared feature', vec([[6, 1]])],
    ['a huge value', vec([[0, 1e6], [4, 1e6]])],
  ])('GIVEN %s THEN the probabilities are finite, in 0..1 and sum to 1', (_what, x) => {
    const p = [...predictInto(model, x, new Float64Array(3))];
    for (const v of p) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('GIVEN an input with no features THEN no class is strongly preferred', () => {
    const p = [...predictInto(model, vec([]), new Float64Array(3))];
    expect(Math.max(...p) - Math.min(...p)).toBeLessThan(0.2);
  });

  it('GIVEN the same seed THEN training is deterministic; another seed still learns the problem', () => {
    const again = trainSoftmax(xs, ys, ys.map(() => 1), shape, options);
    expect([...again.weights]).toEqual([...model.weights]);
    const other = trainSoftmax(xs, ys, ys.map(() => 1), shape, { ...options, seed: 99 });
    const p = predictInto(other, xs[4]!, new Float64Array(3));
    expect(p.indexOf(Math.max(...p))).toBe(1);
  });

  it('GIVEN a zero sample weight THEN that example does not teach its label', () => {
    // Feature 7 appears only in an example of class 0 whose weight is 0: it stays neutral.
    const withExtra = [...xs, vec([[7, 1]])];
    const labels = [...ys, 0];
    const m = trainSoftmax(withExtra, labels, [...ys.map(() => 1), 0], { classes: 3, features: 8 }, options);
    const p = [...predictInto(m, vec([[7, 1]]), new Float64Array(3))];
    expect(Math.max(...p) - Math.min(...p)).toBeLessThan(0.2);
  });
});
