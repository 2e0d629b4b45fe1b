import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('docs/architecture.md', () => {
  it('GIVEN the walk of a message THEN every file it names by path exists', () => {
    const text = readFileSync(path.join(root, 'docs', 'architecture.md'), 'utf8');
    const named = [...text.matchAll(/`((?:src|adapters|knowledge|test)\/[\w./-]+\.(?:ts|yaml|md))`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((file) => !existsSync(path.join(root, file)))).toEqual([]);
  });
});
