import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ReplicaProcess {
  child: ChildProcess;
  port: number;
  eventsUrl: string;
  exited: Promise<NodeJS.Signals | number | null>;
  /** SIGTERM and wait (a clean stop); a no-op once the process has exited. */
  stop(): Promise<void>;
}

/** Runs `test/fakes/<script>.ts` in its own Node process (TypeScript via the test loader). */
export function spawnTs(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', './test/fakes/store-ts-loader.mjs', `test/fakes/${script}.ts`], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Starts a bot replica (store-slack-replica.ts) and waits until it listens. */
export async function startReplica(env: Record<string, string>): Promise<ReplicaProcess> {
  const child = spawnTs('store-slack-replica', env);
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('replica did not start within 45 s')), 45_000);
    lines.on('line', (line) => {
      const n = /^port (\d+)$/.exec(line)?.[1];
      if (n) {
        clearTimeout(timer);
        resolve(Number(n));
      }
    });
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`replica exited before listening (${String(how)})`));
    });
  });
  return {
    child,
    port,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
