import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../cli-command.js';
import { packageRoot } from '../package-root.js';

/** Where the word vectors `kb import --vectors` copies into a pack live (written by `npm run vectors:distill`). */
export function shippedVectorsFile(): string {
  return path.join(packageRoot(), 'assets', 'word-vectors-100d.bin');
}

/** How much the word vectors weigh in an imported pack (best of 0.5–2 on CLINC150's validation; see docs/benchmarks.md). */
const VECTORS_WEIGHT = 1;

/** The shipped word vectors' bytes and the weight an imported pack gives them. */
export async function shippedVectors(): Promise<{ bytes: Uint8Array; weight: number }> {
  const file = shippedVectorsFile();
  if (!existsSync(file)) throw new UsageError(`--vectors needs ${file}, which this installation lacks (npm run vectors:distill writes it)`);
  return { bytes: await readFile(file), weight: VECTORS_WEIGHT };
}
