import { predictQuantized, type QuantizedModel } from './quantized-model.js';
import { softmaxInPlace } from './softmax-model.js';
import type { SparseVector } from './sparse-vector.js';
import { arenaOf, newArena, type Arena } from './wasm-arena.js';
import { compileOnce, i32, op, v128, type WasmFunction } from './wasm-bytes.js';

/**
 * A quantized model ready to answer: `model` is the same model, its weights possibly moved to where the fast
 * loop reads them; `predict` writes the class probabilities into `out` (length ≥ classes) and returns it.
 */
export interface QuantizedPredictor {
  readonly model: QuantizedModel;
  predict(x: SparseVector, out: Float64Array): Float64Array;
}

/** How many of a question's features one call of the WebAssembly loop takes (longer inputs take several calls). */
const CHUNK = 4096;

// The loop's parameters (how many features, the bytes per weight row, the byte addresses of the class sums, the
// feature numbers, their values and row 0, and the classes rounded up to 16), then its own locals.
const [N, ROW_BYTES, OUT, IDX, VAL, W, END, J, K, K_END, AT, ROW, V, X, L] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as const;

/** The class sums at AT (+ offset) += convert(lanes of L) × V, four classes at a time. */
const accumulate = (offset: number, widen: readonly number[]): Array<readonly number[]> => [
  op.get(AT), op.get(AT), op.v128LoadAt(offset), op.get(L), widen, op.f32x4ConvertI32x4S, op.get(V), op.f32x4Mul, op.f32x4Add, op.v128StoreAt(offset),
];

/**
 * For each of the question's features, its row of 8-bit weights times its value added to the class sums, 16
 * classes per turn. Row after row, each read from start to end: the rows lie scattered over megabytes, and reading
 * each one through once lets the processor fetch its next cache lines ahead. A row's last group may read up to
 * 15 bytes into the next row (or the padding after the last): those lanes are never used.
 */
const predictLoop: WasmFunction = {
  name: 'predict',
  params: [i32, i32, i32, i32, i32, i32, i32],
  locals: [i32, i32, i32, i32, i32, v128, v128, v128],
  body: [
    op.block, op.get(N), op.i32Eqz, op.brIf(0),
    ...[op.get(N), op.i32Const(4), op.i32Mul, op.set(K_END), op.i32Const(0), op.set(K)],
    op.loop,
    ...[op.get(VAL), op.get(K), op.i32Add, op.f32Load, op.f32x4Splat, op.set(V)],
    ...[op.get(W), op.get(IDX), op.get(K), op.i32Add, op.i32Load, op.get(ROW_BYTES), op.i32Mul, op.i32Add, op.set(ROW)],
    ...[op.i32Const(0), op.set(J)],
    op.loop,
    ...[op.get(ROW), op.get(J), op.i32Add, op.v128LoadUnaligned, op.tee(X), op.i16x8ExtendLowI8x16S, op.set(L)],
    ...[op.get(OUT), op.get(J), op.i32Const(4), op.i32Mul, op.i32Add, op.set(AT)],
    ...accumulate(0, op.i32x4ExtendLowI16x8S),
    ...accumulate(16, op.i32x4ExtendHighI16x8S),
    ...[op.get(X), op.i16x8ExtendHighI8x16S, op.set(L)],
    ...accumulate(32, op.i32x4ExtendLowI16x8S),
    ...accumulate(48, op.i32x4ExtendHighI16x8S),
    ...[op.get(J), op.i32Const(16), op.i32Add, op.tee(J), op.get(END), op.i32LtU, op.brIf(0)],
    op.end,
    ...[op.get(K), op.i32Const(4), op.i32Add, op.tee(K), op.get(K_END), op.i32LtU, op.brIf(0)],
    op.end,
    op.end,
  ],
};

type Kernel = (n: number, rowBytes: number, out: number, idx: number, val: number, weights: number, end: number) => void;

const compiledLoop = compileOnce(() => [predictLoop]);

/** The model in plain JavaScript: the reference, and the fallback where WebAssembly is unavailable. */
export function jsPredictor(model: QuantizedModel): QuantizedPredictor {
  return { model, predict: (x, out) => predictQuantized(model, x, out) };
}

/**
 * Where the loop reads the model: in place when its weights already lie in an arena with room for the scratch (an
 * index restored from a snapshot read by `snapshotBytes`), else in a new arena they are copied into. The loop may
 * read up to 15 bytes past the last row: an arena always has room after its bytes.
 */
function place(model: QuantizedModel, scratch: number): { arena: Arena; weightsAt: number; scratchAt: number } | null {
  const home = arenaOf(model.weights.buffer);
  const scratchAt = home?.take(scratch) ?? -1;
  if (home && scratchAt >= 0) return { arena: home, weightsAt: model.weights.byteOffset, scratchAt };
  const arena = newArena(scratch + model.weights.byteLength + 32);
  if (!arena) return null;
  const at = { arena, scratchAt: arena.take(scratch), weightsAt: arena.take(model.weights.byteLength + 16) };
  new Int8Array(arena.memory.buffer, at.weightsAt, model.weights.length).set(model.weights);
  return at;
}

/**
 * The model scored 16 classes per loop turn in WebAssembly (about three times the plain loop on the shipped
 * pack's entry model, whose rows are read from memory once per question); null where WebAssembly with SIMD is
 * unavailable. The sums are 32-bit floats where the plain loop keeps 64 bits: probabilities agree to about 1e-6
 * on the shipped pack (4e-6 at most over the test sets).
 */
export function wasmPredictor(model: QuantizedModel): QuantizedPredictor | null {
  const instantiate = compiledLoop();
  if (!instantiate) return null;
  const { classes, features, rows, scales, bias } = model;
  const stride = Math.max(16, Math.ceil(classes / 16) * 16);
  const at = place(model, stride * 4 + CHUNK * 8);
  if (!at) return null;
  const { buffer } = at.arena.memory;
  const [sumsAt, idxAt, valAt] = [at.scratchAt, at.scratchAt + stride * 4, at.scratchAt + stride * 4 + CHUNK * 4];
  const kernel = instantiate(at.arena.memory).predict as Kernel;
  const sums = new Float32Array(buffer, sumsAt, stride);
  const idx = new Int32Array(buffer, idxAt, CHUNK);
  const val = new Float32Array(buffer, valAt, CHUNK);
  const weights = new Int8Array(buffer, at.weightsAt, model.weights.length);
  const run = (n: number): void => kernel(n, classes, sumsAt, idxAt, valAt, at.weightsAt, stride);
  return {
    model: { ...model, weights },
    predict(x, out) {
      sums.fill(0);
      let n = 0;
      for (let k = 0; k < x.idx.length; k++) {
        const f = x.idx[k]!;
        const row = f < features ? rows[f]! : -1;
        const v = row < 0 ? 0 : x.val[k]! * scales[f]!;
        if (v === 0) continue;
        idx[n] = row;
        val[n++] = v;
        if (n === CHUNK) {
          run(n);
          n = 0;
        }
      }
      run(n);
      for (let c = 0; c < classes; c++) out[c] = bias[c]! + sums[c]!;
      return softmaxInPlace(out, classes);
    },
  };
}

/** The fastest predictor available here. */
export function quantizedPredictor(model: QuantizedModel): QuantizedPredictor {
  return wasmPredictor(model) ?? jsPredictor(model);
}
