import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Transpiles `src/` and `adapters/` to JavaScript in a scratch folder under `node_modules/.cache` (so bare
 * imports resolve from the repo), for tests that must fork a real Node process (ShardingManager shards).
 * Type-only: no checking, ~100 ms. Returns the folder and a cleanup.
 */
export async function compileForChildProcess(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = path.join(repo, 'node_modules', '.cache', `ml-advisor-discord-${process.pid}-${Date.now()}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  for (const top of ['src', 'adapters']) {
    const entries = await readdir(path.join(repo, top), { withFileTypes: true, recursive: true });
    for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.ts'))) {
      const file = path.join(entry.parentPath, entry.name);
      const out = path.join(dir, path.relative(repo, file)).replace(/\.ts$/, '.js');
      const { outputText } = ts.transpileModule(await readFile(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
        fileName: file,
      });
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, outputText);
    }
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
