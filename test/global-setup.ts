import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedIndex } from './fakes/test-advisor.js';

/**
 * Builds `dist/` (and the bundle, `dist/bundle/`) once before any test file runs, unless `npm install` has just
 * built them from these same sources: the tests that start the real `ml-advisor` process (CLI, start command) run
 * the compiled output, as users do, and must never race each other building it. Then trains the
 * shipped knowledge's index into the cache once for the compiled code (as `npm install` does) and once for the
 * source the tests import (the cache key hashes the matcher's own files, `.js` there, `.ts` here), so no test
 * file or process trains it again.
 */
export default async function setup(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  if (!builtSinceLastEdit(root)) build(root);
  execFileSync(process.execPath, [path.join(root, 'dist', 'adapters', 'cli', 'main.js'), 'ask', 'warm the matcher cache'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
  });
  await sharedIndex();
}

/** The compiled output and the bundle, from the sources as they are. */
function build(root: string): void {
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'rolldown', 'bin', 'cli.mjs'), '-c', 'rolldown.config.js', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'ignore',
  });
}

/** What the build reads: the sources and the build's own configuration. */
const BUILD_INPUTS = ['src', 'adapters', 'bench', 'test/fakes', 'tsconfig.json', 'tsconfig.build.json', 'rolldown.config.js', 'package.json'];

/**
 * True when the bundle is newer than every file the build reads: `npm install` / `npm ci` has just built it
 * (the `prepare` script), so building again would only cost the suite ~20 s. Any edit, checkout or pull since
 * then makes a source newer and the suite builds.
 */
function builtSinceLastEdit(root: string): boolean {
  let built: number;
  try {
    built = statSync(path.join(root, 'dist', 'bundle', 'ml-advisor.js')).mtimeMs;
  } catch {
    return false;
  }
  const newest = (file: string): number => {
    const stat = statSync(file);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newest(path.join(file, name))));
  };
  return BUILD_INPUTS.every((input) => newest(path.join(root, input)) < built);
}
