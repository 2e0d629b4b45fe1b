import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsRowKernels, rowKernels, wasmRowKernels, type RowKernels } from '../../src/match/row-kernels.js';
import { sparseFromMap, type SparseVector } from '../../src/match/sparse-vector.js';

const vec = (entries: Array<[number, number]>): SparseVector => sparseFromMap(new Map(entries));

/** Runs the same steps on both implementations and returns their weights and class vectors. */
function run(make: typeof jsRowKernels, xs: SparseVector[], classes: number, features: number, steps: Array<[number, number]>): RowKernels {
  const k = make(xs, classes, features);
  for (const [n, factor] of steps) {
    k.vector.fill(0);
    k.score(n, factor);
    for (let c = 0; c < classes; c++) k.vector[c] = Math.tanh(k.vector[c]!) - (c === n % classes ? 1 : 0);
    k.update(n, factor);
  }
  return k;
}

describe('row kernels', () => {
  it('GIVEN this Node THEN WebAssembly SIMD kernels are available (training relies on them for speed)', () => {
    expect(wasmRowKernels([vec([[0, 1]])], 3, 2)).not.toBeNull();
  });

  it('GIVEN one example THEN score adds factor × value × each feature row, and update subtracts factor × value × the vector', () => {
    for (const make of [jsRowKernels, (xs: SparseVector[], c: number, f: number) => wasmRowKernels(xs, c, f)!]) {
      const k = make([vec([[1, 2], [2, 0.5]])], 5, 3);
      expect(k.stride).toBe(8);
      k.vector.set([1, 2, 3, 4, 5]);
      k.update(0, 0.5); // row 1 −= 0.5 × 2 × vector; row 2 −= 0.5 × 0.5 × vector
      expect([...k.weights.subarray(8, 13)]).toEqual([-1, -2, -3, -4, -5]);
      expect([...k.weights.subarray(16, 21)]).toEqual([-0.25, -0.5, -0.75, -1, -1.25]);
      expect([...k.weights.subarray(0, 8), ...k.weights.subarray(13, 16), ...k.weights.subarray(21, 24)].every((w) => w === 0)).toBe(true);
      k.vector.fill(0);
      k.score(0, 2); // 2 × (2 × row 1 + 0.5 × row 2)
      expect([...k.vector.subarray(0, 5)]).toEqual([-4.25, -8.5, -12.75, -17, -21.25]);
    }
  });

  it('GIVEN random examples and steps THEN the WebAssembly and plain loops agree', () => {
    const example = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 19 }), fc.float({ min: -2, max: 2, noNaN: true })), { selector: ([f]) => f, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(example, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 11 }), fc.array(fc.float({ min: Math.fround(0.01), max: 1, noNaN: true }), { maxLength: 10 }), (raw, classes, factors) => {
        const xs = raw.map(vec);
        const steps = factors.map((f, i): [number, number] => [i % xs.length, f]);
        const a = run(jsRowKernels, xs, classes, 20, steps);
        const b = run((x, c, f) => wasmRowKernels(x, c, f)!, xs, classes, 20, steps);
        [...a.weights].forEach((w, i) => expect(b.weights[i]).toBeCloseTo(w, 4));
      }),
      { numRuns: 100 },
    );
  });

  it('GIVEN no examples, no features or no classes THEN kernels still come, and an empty example changes nothing', () => {
    expect(rowKernels([], 4, 0).weights.length).toBe(0);
    const k = rowKernels([vec([])], 4, 10);
    expect(k.weights.length).toBe(40);
    k.vector.fill(1);
    k.update(0, 1);
    k.score(0, 1);
    expect([...k.weights].every((w) => w === 0) && [...k.vector].every((v) => v === 1)).toBe(true);
    expect(rowKernels([vec([[0, 1]])], 0, 1).stride).toBe(4);
  });
});
