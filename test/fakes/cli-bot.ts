import { cliMain, freePort, startCli, type RunningCli } from './cli-process.js';

export interface RunningBot extends RunningCli {
  opsPort: number;
  /** `/metrics` as text. */
  metrics(): Promise<string>;
  /** The value of an unlabelled metric, e.g. `ml_advisor_inbox_pending`. */
  gauge(name: string): Promise<number | undefined>;
  /** SIGKILL (no clean-up at all) and wait for the exit. */
  kill(): Promise<void>;
  /** SIGTERM and wait; a no-op once exited. */
  stop(): Promise<void>;
}

/** Starts `ml-advisor start` (`main`: the compiled CLI or the bundle) with `env` (+ an ops port) and waits until `/healthz` answers 200. */
export async function startBot(env: Record<string, string>, timeoutMs = 45_000, main = cliMain): Promise<RunningBot> {
  const opsPort = await freePort();
  const cli = startCli(['start'], { ...env, OPS_PORT: String(opsPort), OPS_HOST: '127.0.0.1' }, main);
  const deadline = Date.now() + timeoutMs;
  while ((await fetch(`http://127.0.0.1:${opsPort}/healthz`).catch(() => undefined))?.status !== 200) {
    if (Date.now() > deadline || cli.child.exitCode !== null) {
      cli.child.kill('SIGKILL');
      throw new Error(`the bot did not become healthy:\n${cli.output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const metrics = async (): Promise<string> => (await fetch(`http://127.0.0.1:${opsPort}/metrics`)).text();
  const running = () => cli.child.exitCode === null && cli.child.signalCode === null;
  return {
    ...cli,
    opsPort,
    metrics,
    async gauge(name) {
      const value = new RegExp(`^${name} (\\S+)$`, 'm').exec(await metrics())?.[1];
      return value === undefined ? undefined : Number(value);
    },
    async kill() {
      if (running()) cli.child.kill('SIGKILL');
      await cli.exited;
    },
    async stop() {
      if (running()) cli.child.kill('SIGTERM');
      await cli.exited;
    },
  };
}
