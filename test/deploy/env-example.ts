import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './parse-dockerfile.js';

/** Variables `.env.example` lists, set (`VAR=`) or shown with their default (`# VAR=…`). */
export function envExampleVariables(): Set<string> {
  const text = readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
  return new Set([...text.matchAll(/^(?:#\s*)?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] as string));
}
