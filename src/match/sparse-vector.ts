/** A sparse feature vector: parallel arrays of feature indices and values. */
export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

export function sparseFromMap(map: Map<number, number>): SparseVector {
  const idx = new Int32Array(map.size);
  const val = new Float32Array(map.size);
  let i = 0;
  for (const [k, v] of map) {
    idx[i] = k;
    val[i] = v;
    i++;
  }
  return { idx, val };
}
