/**
 * Just enough of WebAssembly's binary format to write a few numeric loops by hand: numbers as LEB128, the
 * sections of a module whose functions share one imported memory (`env.memory`), and the instructions those
 * loops use (https://webassembly.github.io/spec/core/binary/).
 */

const unsigned = (n: number): number[] => {
  const out: number[] = [];
  do {
    const byte = n & 0x7f;
    n >>>= 7;
    out.push(n ? byte | 0x80 : byte);
  } while (n);
  return out;
};

const signed = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
};

const vector = (items: readonly number[][]): number[] => [...unsigned(items.length), ...items.flat()];
const name = (text: string): number[] => vector([...text].map((c) => [c.charCodeAt(0)]));
const section = (id: number, bytes: number[]): number[] => [id, ...unsigned(bytes.length), ...bytes];

export const i32 = 0x7f;
export const f32 = 0x7d;
export const v128 = 0x7b;
export type ValueType = typeof i32 | typeof f32 | typeof v128;

/** A memory access's alignment (log2 bytes) and constant offset. */
const memarg = (align: number, offset = 0): number[] => [align, ...unsigned(offset)];
const simd = (code: number, ...rest: number[]): number[] => [0xfd, ...unsigned(code), ...rest];

/** The instructions the kernels use, each as its bytes. */
export const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  brIf: (depth: number) => [0x0d, ...unsigned(depth)],
  get: (local: number) => [0x20, ...unsigned(local)],
  set: (local: number) => [0x21, ...unsigned(local)],
  tee: (local: number) => [0x22, ...unsigned(local)],
  i32Load: [0x28, ...memarg(2)],
  f32Load: [0x2a, ...memarg(2)],
  i32Const: (n: number) => [0x41, ...signed(n)],
  i32Eqz: [0x45],
  i32LtU: [0x49],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32Mul: [0x6c],
  f32Mul: [0x94],
  v128Load: simd(0x00, ...memarg(4)),
  v128Store: simd(0x0b, ...memarg(4)),
  /** A 16-byte load at `offset` past the address, aligned to 16 bytes. */
  v128LoadAt: (offset: number) => simd(0x00, ...memarg(4, offset)),
  v128StoreAt: (offset: number) => simd(0x0b, ...memarg(4, offset)),
  /** A 16-byte load from any address (no alignment promised). */
  v128LoadUnaligned: simd(0x00, ...memarg(0)),
  i16x8ExtendLowI8x16S: simd(0x87),
  i16x8ExtendHighI8x16S: simd(0x88),
  i32x4ExtendLowI16x8S: simd(0xa7),
  i32x4ExtendHighI16x8S: simd(0xa8),
  f32x4ConvertI32x4S: simd(0xfa),
  f32x4Splat: simd(0x13),
  f32x4Add: simd(0xe4),
  f32x4Sub: simd(0xe5),
  f32x4Mul: simd(0xe6),
} as const;

export interface WasmFunction {
  name: string;
  params: readonly ValueType[];
  /** Further locals, numbered after the parameters. */
  locals: readonly ValueType[];
  /** Instructions, without the final `end`. */
  body: ReadonlyArray<readonly number[]>;
}

/** A module importing one memory as `env.memory` and exporting `functions` (no results) by name. */
export function wasmModule(functions: readonly WasmFunction[]): Uint8Array {
  const types = functions.map((f) => [0x60, ...vector(f.params.map((t) => [t])), 0]);
  const imports = [[...name('env'), ...name('memory'), 0x02, 0x00, 1]];
  const exports = functions.map((f, i) => [...name(f.name), 0x00, ...unsigned(i)]);
  const code = functions.map((f) => {
    const bytes = [...vector(f.locals.map((t) => [1, t])), ...f.body.flat(), ...op.end];
    return [...unsigned(bytes.length), ...bytes];
  });
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector(types)),
    ...section(2, vector(imports)),
    ...section(3, vector(functions.map((_, i) => unsigned(i)))),
    ...section(7, vector(exports)),
    ...section(10, vector(code)),
  ]);
}

/** A WebAssembly memory (the part of its API used here). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

/** The parts of the WebAssembly API used here (not in this project's type libraries). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: { env: { memory: WasmMemory } }) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  validate(bytes: Uint8Array): boolean;
}

const wasmApi = (): WasmApi | undefined => (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** A memory of at least `bytes` bytes (whole 64 KiB pages); null where WebAssembly is unavailable, e.g. under `--jitless`. */
export function newWasmMemory(bytes: number): WasmMemory | null {
  return wasmApi() ? new (wasmApi()!.Memory)({ initial: Math.ceil(bytes / 65_536) }) : null;
}

/** A compiled module's exports over a memory. */
export type Instantiate = (memory: WasmMemory) => Record<string, unknown>;

/**
 * A module of `functions`, compiled on first use and then kept: each call gives a way to instantiate it over a
 * memory, or null where WebAssembly with SIMD is unavailable (e.g. under `--jitless`).
 */
export function compileOnce(functions: () => readonly WasmFunction[]): () => Instantiate | null {
  let compiled: Instantiate | null | undefined;
  return () => {
    if (compiled !== undefined) return compiled;
    const api = wasmApi();
    const bytes = wasmModule(functions());
    if (!api?.validate(bytes)) return (compiled = null);
    const module = new api.Module(bytes);
    return (compiled = (memory) => new api.Instance(module, { env: { memory } }).exports);
  };
}
