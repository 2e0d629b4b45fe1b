import type { SparseVector } from './sparse-vector.js';
import { compileOnce, f32, i32, newWasmMemory, op, v128, type WasmFunction } from './wasm-bytes.js';

/**
 * The two loops stochastic gradient descent spends its time in, over a dense weight matrix with one row of
 * class weights per feature: scoring an example (the class vector plus factor × Σ value × its features' rows)
 * and updating its features' rows (each row minus factor × value × the class vector). Rows are `stride` floats
 * apart, `stride` the number of classes rounded up to 4 (at least 4), the padding columns staying zero.
 */
export interface RowKernels {
  readonly stride: number;
  /** The class vector both loops use: scores in `score`, the gradient in `update` (`stride` long). */
  readonly vector: Float32Array;
  /** The weights, feature after feature, `stride` per feature. */
  readonly weights: Float32Array;
  /** vector += factor × Σ value × row(feature) over example n's features. */
  score(n: number, factor: number): void;
  /** row(feature) −= factor × value × vector for each of example n's features. */
  update(n: number, factor: number): void;
}

/** Where everything lives in one buffer: the class vector, the examples' feature numbers and values, then the weights. */
interface Layout {
  stride: number;
  bytes: number;
  starts: Int32Array;
  idxAt: number;
  valAt: number;
  weightsAt: number;
}

function layout(xs: readonly SparseVector[], classes: number, features: number): Layout {
  // At least one group of four: the WebAssembly loop runs its body once before testing the row's end.
  const stride = Math.max(4, Math.ceil(classes / 4) * 4);
  const starts = new Int32Array(xs.length + 1);
  xs.forEach((x, n) => (starts[n + 1] = starts[n]! + x.idx.length));
  const values = starts[xs.length]!;
  const idxAt = stride * 4;
  const valAt = idxAt + values * 4;
  const weightsAt = Math.ceil((valAt + values * 4) / 16) * 16;
  return { stride, bytes: weightsAt + features * stride * 4, starts, idxAt, valAt, weightsAt };
}

/** Copies the examples in and returns the views both implementations work on. */
function views(buffer: ArrayBuffer, xs: readonly SparseVector[], at: Layout, features: number) {
  const values = at.starts[xs.length]!;
  const idx = new Int32Array(buffer, at.idxAt, values);
  const val = new Float32Array(buffer, at.valAt, values);
  xs.forEach((x, n) => {
    idx.set(x.idx, at.starts[n]!);
    val.set(x.val, at.starts[n]!);
  });
  return { idx, val, vector: new Float32Array(buffer, 0, at.stride), weights: new Float32Array(buffer, at.weightsAt, features * at.stride) };
}

/** The loops in plain JavaScript: the reference, and the fallback where WebAssembly is unavailable. */
export function jsRowKernels(xs: readonly SparseVector[], classes: number, features: number): RowKernels {
  const at = layout(xs, classes, features);
  const { stride, starts } = at;
  const { idx, val, vector, weights } = views(new ArrayBuffer(at.bytes), xs, at, features);
  return {
    stride,
    vector,
    weights,
    score(n, factor) {
      for (let k = starts[n]!; k < starts[n + 1]!; k++) {
        const row = idx[k]! * stride;
        const v = val[k]! * factor;
        for (let c = 0; c < stride; c++) vector[c]! += v * weights[row + c]!;
      }
    },
    update(n, factor) {
      for (let k = starts[n]!; k < starts[n + 1]!; k++) {
        const row = idx[k]! * stride;
        const v = val[k]! * factor;
        for (let c = 0; c < stride; c++) weights[row + c]! -= v * vector[c]!;
      }
    },
  };
}

// Both kernels' locals: parameters (byte addresses of the first feature number and value, how many features,
// the factor, the class vector, row 0, the bytes per row), then the loop's own.
const [IDX, VAL, N, FACTOR, VEC, W, ROW_BYTES, ROW, J, AT, V] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** For each feature: dest[j] = dest[j] ± value × factor × src[j], four classes at a time. */
function rowLoop(name: string, dest: number, src: number, combine: readonly number[]): WasmFunction {
  return {
    name,
    params: [i32, i32, i32, f32, i32, i32, i32],
    locals: [i32, i32, i32, v128],
    body: [
      op.block, op.get(N), op.i32Eqz, op.brIf(0),
      op.loop,
      ...[op.get(W), op.get(IDX), op.i32Load, op.get(ROW_BYTES), op.i32Mul, op.i32Add, op.set(ROW)],
      ...[op.get(VAL), op.f32Load, op.get(FACTOR), op.f32Mul, op.f32x4Splat, op.set(V)],
      ...[op.i32Const(0), op.set(J)],
      op.loop,
      ...[op.get(dest), op.get(J), op.i32Add, op.tee(AT), op.get(AT), op.v128Load],
      ...[op.get(src), op.get(J), op.i32Add, op.v128Load, op.get(V), op.f32x4Mul, combine, op.v128Store],
      ...[op.get(J), op.i32Const(16), op.i32Add, op.tee(J), op.get(ROW_BYTES), op.i32LtU, op.brIf(0)],
      op.end,
      ...[op.get(IDX), op.i32Const(4), op.i32Add, op.set(IDX), op.get(VAL), op.i32Const(4), op.i32Add, op.set(VAL)],
      ...[op.get(N), op.i32Const(1), op.i32Sub, op.tee(N), op.brIf(0)],
      op.end,
      op.end,
    ],
  };
}

type Kernel = (idx: number, val: number, n: number, factor: number, vec: number, weights: number, rowBytes: number) => void;

/** The compiled kernels, or null where WebAssembly (with SIMD) is unavailable, e.g. under `--jitless`. */
const wasmKernels = compileOnce(() => [rowLoop('score', VEC, ROW, op.f32x4Add), rowLoop('update', ROW, VEC, op.f32x4Sub)]);

/** The loops as WebAssembly SIMD (four classes per instruction, ~4× the plain loops); null where unavailable. */
export function wasmRowKernels(xs: readonly SparseVector[], classes: number, features: number): RowKernels | null {
  const instantiate = wasmKernels();
  if (!instantiate) return null;
  const at = layout(xs, classes, features);
  const memory = newWasmMemory(at.bytes);
  if (!memory) return null;
  const exports = instantiate(memory);
  const [score, update] = [exports.score as Kernel, exports.update as Kernel];
  const { stride, starts, idxAt, valAt, weightsAt } = at;
  const { vector, weights } = views(memory.buffer, xs, at, features);
  const rowBytes = stride * 4;
  return {
    stride,
    vector,
    weights,
    score: (n, factor) => score(idxAt + 4 * starts[n]!, valAt + 4 * starts[n]!, starts[n + 1]! - starts[n]!, factor, 0, weightsAt, rowBytes),
    update: (n, factor) => update(idxAt + 4 * starts[n]!, valAt + 4 * starts[n]!, starts[n + 1]! - starts[n]!, factor, 0, weightsAt, rowBytes),
  };
}

/** The fastest kernels available here. */
export function rowKernels(xs: readonly SparseVector[], classes: number, features: number): RowKernels {
  return wasmRowKernels(xs, classes, features) ?? jsRowKernels(xs, classes, features);
}
