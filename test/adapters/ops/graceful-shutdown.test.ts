import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { installShutdown, type Shutdown } from '../../../adapters/ops/graceful-shutdown.js';

interface Line { level: string; msg: string; step?: string }

function fakes() {
  const source = new EventEmitter();
  const lines: Line[] = [];
  const log = (level: string) => (obj: object | string, msg?: string) =>
    void lines.push(typeof obj === 'string' ? { level, msg: obj } : { level, msg: msg ?? '', ...obj });
  const logger = { info: log('info'), warn: log('warn'), error: log('error') };
  const exits: number[] = [];
  let onExit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => (onExit = resolve));
  const exit = (code: number) => {
    exits.push(code);
    onExit(code);
  };
  return { source, lines, logger, exits, exited, exit };
}

const installed: Shutdown[] = [];
afterEach(() => installed.splice(0).forEach((s) => s.uninstall()));

describe('installShutdown', () => {
  it('GIVEN SIGTERM THEN runs the steps in order, logs a failing step and goes on, then exits 0 once', async () => {
    const f = fakes();
    const ran: string[] = [];
    const shutdown = installShutdown({
      ...f,
      timeoutMs: 1_000,
      steps: [
        { name: 'stop receivers', run: async () => void ran.push('receivers') },
        { name: 'close store', run: () => Promise.reject(new Error('store already closed')) },
      ],
    });
    installed.push(shutdown);
    shutdown.add({ name: 'close ops server', run: async () => void ran.push('ops') });

    f.source.emit('SIGTERM', 'SIGTERM');

    expect(await f.exited).toBe(0);
    expect(ran).toEqual(['receivers', 'ops']);
    expect(f.lines.find((l) => l.level === 'error')).toMatchObject({ step: 'close store', msg: 'shutdown step failed; continuing' });
    await new Promise((r) => setTimeout(r, 20));
    expect(f.exits).toEqual([0]);
  });

  it('GIVEN a step that hangs THEN the hard-exit timer exits 1 and later steps do not run', async () => {
    const f = fakes();
    const ran: string[] = [];
    installed.push(
      installShutdown({
        ...f,
        timeoutMs: 100,
        steps: [
          { name: 'finish replies', run: () => new Promise<void>(() => {}) },
          { name: 'after', run: async () => void ran.push('after') },
        ],
      }),
    );
    const started = Date.now();
    f.source.emit('SIGINT', 'SIGINT');
    expect(await f.exited).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(ran).toEqual([]);
    expect(f.lines.some((l) => l.msg === 'shutdown timed out; exiting with code 1')).toBe(true);
  });

  it('GIVEN a second signal while steps run THEN exits 1 at once', async () => {
    const f = fakes();
    installed.push(installShutdown({ ...f, timeoutMs: 5_000, steps: [{ name: 'slow', run: () => new Promise<void>(() => {}) }] }));
    f.source.emit('SIGTERM', 'SIGTERM');
    f.source.emit('SIGINT', 'SIGINT');
    expect(await f.exited).toBe(1);
    expect(f.exits).toEqual([1]);
  });

  it('GIVEN shutdown() called twice after a fatal error THEN the steps run once and the exit code says it failed', async () => {
    const f = fakes();
    let count = 0;
    const shutdown = installShutdown({ ...f, timeoutMs: 1_000, steps: [{ name: 'count', run: async () => void count++ }] });
    installed.push(shutdown);
    await Promise.all([shutdown.shutdown('uncaught exception', 1), shutdown.shutdown('again')]);
    expect(count).toBe(1);
    expect(f.exits).toEqual([1]);
  });

  it('GIVEN uninstall THEN signals are no longer handled', () => {
    const f = fakes();
    installShutdown({ ...f, timeoutMs: 1_000 }).uninstall();
    expect(f.source.listenerCount('SIGTERM')).toBe(0);
    expect(f.source.listenerCount('SIGINT')).toBe(0);
  });
});
