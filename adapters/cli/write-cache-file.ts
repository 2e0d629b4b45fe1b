import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pruneCache } from './prune-cache.js';

/**
 * Writes one cache file atomically (a temporary file renamed into place, so a reader never sees half of it),
 * then prunes old files of the same kind (`prefix`). Throws on a write failure; callers treat the cache as
 * best effort.
 */
export async function writeCacheFile(dir: string, name: string, bytes: Uint8Array, prefix: string): Promise<void> {
  const file = path.join(dir, name);
  await mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, file);
  await pruneCache(dir, prefix);
}
