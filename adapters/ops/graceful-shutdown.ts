import type { Logger } from 'pino';

/** One thing to stop, e.g. `{ name: 'slack receiver', run: () => app.stop() }`. */
export interface ShutdownStep {
  name: string;
  run: () => Promise<void>;
}

/** The process-level hooks, injectable so tests need no real signals or exits. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface ShutdownOptions {
  logger: Pick<Logger, 'info' | 'warn' | 'error'> & { flush?: () => void };
  /** Hard limit for all steps together; keep it well under the container's grace period (Docker: 30 s). */
  timeoutMs: number;
  /** Run in this order; more can be added later with `add()` as things start. */
  steps?: ShutdownStep[];
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
  source?: SignalSource;
}

export interface Shutdown {
  /** Appends a step; steps run in the order they were added. */
  add(step: ShutdownStep): void;
  /**
   * Starts the shutdown as a signal would; resolves when the steps end. From a fatal error handler pass
   * `exitCode` 1 so the process still stops cleanly but reports the failure.
   */
  shutdown(reason: string, exitCode?: number): Promise<void>;
  /** Removes the signal listeners (tests). */
  uninstall(): void;
}

/**
 * First SIGTERM/SIGINT: run the steps in order (a failing step is logged and the next one runs), then exit 0.
 * A hard-exit timer (unref'd, so it never keeps an idle process alive) exits 1 if the steps hang; a second
 * signal exits 1 at once.
 */
export function installShutdown(options: ShutdownOptions): Shutdown {
  const { logger, timeoutMs } = options;
  const steps = [...(options.steps ?? [])];
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const source = options.source ?? process;
  let running: Promise<void> | undefined;
  let exited = false;

  const exitOnce = (code: number): void => {
    if (exited) return;
    exited = true;
    logger.flush?.();
    exit(code);
  };

  const runSteps = async (): Promise<void> => {
    for (const step of steps) {
      const started = Date.now();
      try {
        await step.run();
        logger.info({ step: step.name, ms: Date.now() - started }, 'shutdown step done');
      } catch (err) {
        logger.error({ err, step: step.name }, 'shutdown step failed; continuing');
      }
    }
  };

  const shutdown = (reason: string, exitCode = 0): Promise<void> => {
    if (running) return running;
    logger.info({ reason, timeoutMs, steps: steps.map((s) => s.name) }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out; exiting with code 1');
      exitOnce(1);
    }, timeoutMs);
    timer.unref();
    running = runSteps().then(() => {
      clearTimeout(timer);
      logger.info({ exitCode }, 'shutdown complete');
      exitOnce(exitCode);
    });
    return running;
  };

  const onSignal = (signal: NodeJS.Signals): void => {
    if (running) {
      logger.warn({ signal }, 'second signal during shutdown; exiting now');
      exitOnce(1);
      return;
    }
    void shutdown(signal);
  };

  for (const signal of signals) source.on(signal, onSignal);
  return {
    add: (step) => void steps.push(step),
    shutdown,
    uninstall: () => {
      for (const signal of signals) source.off(signal, onSignal);
    },
  };
}
