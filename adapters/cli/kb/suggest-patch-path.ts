import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder a patch of the knowledge is relative to: the git repository holding `knowledgeDir` (the nearest
 * folder up with a `.git`), else the knowledge folder's parent, so paths read `knowledge/entries/…` either way.
 */
export function patchRoot(knowledgeDir: string): string {
  const dir = path.resolve(knowledgeDir);
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return path.dirname(dir);
  }
}

/** `file` relative to `root`, with `/` separators, as a patch names it. */
export function patchPath(root: string, file: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}
