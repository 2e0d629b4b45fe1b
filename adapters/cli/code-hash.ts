import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const hashes = new Map<string, string>();

/**
 * A hash of the code in one folder of the core (`src/match`, `src/knowledge`), so that a cache written by other
 * code is never read. `folder` is relative to the compiled or source `src/` folder.
 */
export function codeHash(folder: string): string {
  const known = hashes.get(folder);
  if (known) return known;
  const dir = fileURLToPath(new URL(`../../src/${folder}/`, import.meta.url));
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => /\.(js|ts)$/.test(n)).sort()) hash.update(name).update(readFileSync(path.join(dir, name)));
  const digest = hash.digest('hex');
  hashes.set(folder, digest);
  return digest;
}
