import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The compiled CLI (built once by test/global-setup.ts). */
export const cliMain = path.join(repoRoot, 'dist', 'adapters', 'cli', 'main.js');
/** The same CLI as one bundle, what the `ml-advisor` bin runs (`rolldown.config.js`, built by the global setup too). */
export const cliBundle = path.join(repoRoot, 'dist', 'bundle', 'ml-advisor.js');

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningCli {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** Starts `ml-advisor <args>` with only the given environment (plus PATH), capturing stdout and stderr. */
export function startCli(args: string[], env: Record<string, string>, main = cliMain): RunningCli {
  let out = '';
  const child = spawn(process.execPath, [main, ...args], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_QUIET: 'true', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}
