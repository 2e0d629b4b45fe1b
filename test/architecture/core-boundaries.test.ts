import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = path.join(root, 'src');

const sources = readdirSync(srcDir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && /\.(ts|mts|js)$/.test(d.name))
  .map((d) => path.join(d.parentPath, d.name));

/** Every module specifier of a file: static and dynamic imports, re-exports, require(). */
function specifiers(code: string): string[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire(?:\.resolve)?\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]!));
}

const PLATFORM_SDK = /^(?:@slack\/|discord\.js(?:\/|$)|@discordjs\/)/;

describe('the core (src/) stays platform-neutral', () => {
  it('GIVEN the files under src/ THEN there are some (the scan works)', () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(specifiers("import { a } from './a.js';\nexport * from \"../b.js\";\nconst c = await import('@slack/bolt');")).toEqual(['./a.js', '../b.js', '@slack/bolt']);
  });

  it.each(sources.map((f) => [path.relative(root, f), f]))('GIVEN %s THEN it imports no adapter and no platform SDK', (_rel, file) => {
    const code = readFileSync(file, 'utf8');
    for (const spec of specifiers(code)) {
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec);
        expect(path.relative(srcDir, target).startsWith('..'), `${spec} leaves src/`).toBe(false);
      } else {
        expect(spec, `${spec} is a platform SDK`).not.toMatch(PLATFORM_SDK);
      }
    }
  });

  it.each(sources.map((f) => [path.relative(root, f), f]))('GIVEN %s THEN it does not use console', (_rel, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\bconsole\s*[.[]/);
    expect(code).not.toMatch(/\bprocess\.(?:stdout|stderr)\b/);
  });
});
