import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedIndex } from './fakes/test-advisor.js';

/**
 * Builds `dist/` (and the bundle, `dist/bundle/`) once before any test file runs: the tests that start the real `ml-advisor` process (CLI, start
 * command) run the compiled output, as users do, and must never race each other building it. Then trains the
 * shipped knowledge's index into the cache once for the compiled code (as `npm install` does) and once for the
 * source the tests import (the cache key hashes the matcher's own files, `.js` there, `.ts` here), so no test
 * file or process trains it again.
 */
export default async function setup(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'rolldown', 'bin', 'cli.mjs'), '-c', 'rolldown.config.js', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'ignore',
  });
  execFileSync(process.execPath, [path.join(root, 'dist', 'adapters', 'cli', 'main.js'), 'ask', 'warm the matcher cache'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
  });
  await sharedIndex();
}
