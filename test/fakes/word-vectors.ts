import { encodeWordVectors } from '../../src/match/word-vectors.js';

/**
 * A tiny word-vectors file for tests: words of one meaning share a direction (with a little noise), so
 * "annotation" and "labelling" are close while "gpu" is far from both.
 */
export function tinyWordVectors(): Uint8Array {
  const meanings: Record<string, string[]> = {
    label: ['annotation', 'annotate', 'labelling', 'labeling', 'label', 'tagging'],
    compute: ['gpu', 'graphics', 'accelerator', 'cuda'],
    money: ['cost', 'price', 'bill', 'spend', 'cheap'],
    image: ['image', 'photo', 'picture', 'pictures'],
  };
  const dims = 8;
  const entries = Object.values(meanings).flatMap((group, g) =>
    group.map((word, i) => ({ word, vector: Array.from({ length: dims }, (_, d) => (d === g ? 1 : 0) + 0.05 * Math.sin(7 * i + d)) })),
  );
  return encodeWordVectors(entries);
}
