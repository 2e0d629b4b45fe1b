import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** How many files of one kind (trained indexes, parsed knowledge) the cache keeps. */
export const KEEP_PER_KIND = 16;

/** Files written this recently are kept whatever their number: other processes (a test run) may be using them. */
const RECENT_MS = 60 * 60_000;

/**
 * Removes the oldest cache files whose names start with `prefix`, keeping the `keep` most recently written and
 * any written in the last hour:
 * every edit of the knowledge writes a new one, and nothing else ever deletes them. Best effort: a file another
 * process removed first, or a read-only folder, is not an error.
 */
export async function pruneCache(dir: string, prefix: string, keep = KEEP_PER_KIND, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.startsWith(prefix) && !n.endsWith('.tmp'));
  } catch {
    return 0;
  }
  if (names.length <= keep) return 0;
  const dated = await Promise.all(
    names.map(async (name) => ({ name, mtime: await stat(path.join(dir, name)).then((s) => s.mtimeMs, () => 0) })),
  );
  dated.sort((a, b) => b.mtime - a.mtime);
  let removed = 0;
  for (const { name, mtime } of dated.slice(keep)) {
    if (now - mtime < RECENT_MS) continue;
    await unlink(path.join(dir, name)).then(() => removed++, () => undefined);
  }
  return removed;
}
