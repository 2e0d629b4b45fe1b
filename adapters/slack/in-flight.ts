/** Tracks listener runs so shutdown can wait for replies already on their way. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  /** Wraps a listener so each run is tracked until it settles. */
  wrap<A extends unknown[]>(listener: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
    return (...args: A) => {
      const run = listener(...args);
      this.running.add(run);
      const done = (): void => void this.running.delete(run);
      run.then(done, done);
      return run;
    };
  }

  /** Resolves when every run has settled, or after `timeoutMs`, whichever comes first. */
  async drain(timeoutMs: number): Promise<void> {
    if (!this.running.size) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.running]), timeout]);
    clearTimeout(timer);
  }
}
