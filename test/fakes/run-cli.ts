import { spawn } from 'node:child_process';
import { cliMain, repoRoot } from './cli-process.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the compiled `ml-advisor <args>` to the end with `stdin` piped in and only the given environment (plus PATH). */
export function runCli(args: string[], options: { stdin?: string; env?: Record<string, string>; timeoutMs?: number; main?: string } = {}): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.main ?? cliMain, ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_QUIET: 'true', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
    child.stdin.end(options.stdin ?? '');
  });
}
