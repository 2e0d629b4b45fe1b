import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding ml-advisor's package.json, found from this file (works from `dist/` and from sources). */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'knowledge'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('ml-advisor: cannot find the package folder (package.json next to knowledge/)');
    dir = up;
  }
  return dir;
}

/** The knowledge folder: `--knowledge DIR`, else ML_ADVISOR_KNOWLEDGE, else the shipped `knowledge/`. */
export function knowledgeDir(option: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = option ?? env.ML_ADVISOR_KNOWLEDGE;
  return chosen ? path.resolve(chosen) : path.join(packageRoot(), 'knowledge');
}
