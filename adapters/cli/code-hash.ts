import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';

const hashes = new Map<string, string>();

/** What the bundle carries beside itself (`rolldown.config.js`): the hashes of the folders it was built from. */
const stampSchema = z.record(z.string(), z.string());

let stamp: Record<string, string> | undefined;

/** The bundle's stamp next to this module (read once), when this module runs from the bundle (dist/bundle/). */
function stamped(folder: string): string | undefined {
  if (!stamp) {
    const file = fileURLToPath(new URL('./code-hash.json', import.meta.url));
    stamp = existsSync(file) ? stampSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : {};
  }
  return stamp[folder];
}

/**
 * A hash of the code in one folder of the core (`src/match`, `src/knowledge`), so that a cache written by other
 * code is never read. `folder` is relative to the compiled or source `src/` folder. The bundle reads the hashes
 * of the compiled folders it was built from, so it shares their cache.
 */
export function codeHash(folder: string): string {
  const known = hashes.get(folder);
  if (known) return known;
  const digest = stamped(folder) ?? hashFolder(fileURLToPath(new URL(`../../src/${folder}/`, import.meta.url)));
  hashes.set(folder, digest);
  return digest;
}

function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => /\.(js|ts)$/.test(n)).sort()) hash.update(name).update(readFileSync(path.join(dir, name)));
  return hash.digest('hex');
}
