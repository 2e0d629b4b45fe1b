import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A real process, real signals: graceful-shutdown.ts is transpiled on the fly (no build needed) and driven by
// a small script whose steps print what they do.
const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../adapters/ops/graceful-shutdown.ts');
let dir: string;

const script = `
import { installShutdown } from './graceful-shutdown.mjs';
const mode = process.argv[2];
const say = (msg) => process.stdout.write(msg + '\\n');
const logger = { info: (o, m) => say('info ' + (m ?? o)), warn: (o, m) => say('warn ' + (m ?? o)), error: (o, m) => say('error ' + (m ?? o)) };
const busy = setInterval(() => {}, 1000); // an open handle, like a socket, that the steps must close
installShutdown({ logger, timeoutMs: 400, steps: [
  { name: 'stop', run: async () => say('step stop') },
  { name: 'work', run: () => mode === 'hang' ? new Promise(() => {}) : new Promise((r) => setTimeout(r, 50)).then(() => say('step work')) },
  { name: 'close', run: async () => { clearInterval(busy); say('step close'); } },
] });
say('ready');
`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ml-advisor-shutdown-'));
  const js = ts.transpileModule(readFileSync(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  }).outputText;
  writeFileSync(path.join(dir, 'graceful-shutdown.mjs'), js);
  writeFileSync(path.join(dir, 'child.mjs'), script);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sends the first signal once the child is ready and a second (if any) once it is shutting down: pending
 * signals of one kind are not queued, so two sent back to back may arrive as one. */
function run(mode: 'ok' | 'hang', signals: NodeJS.Signals[]): Promise<{ code: number | null; out: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(dir, 'child.mjs'), mode], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let started = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!started && out.includes('ready\n')) {
        started = Date.now();
        child.kill(signals[0]);
      }
      if (signals[1] && out.includes('shutting down\n')) child.kill(signals.splice(1, 1)[0]);
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out, ms: Date.now() - started }));
  });
}

describe('installShutdown in a real process', () => {
  it('GIVEN SIGTERM THEN runs every step in order and exits 0', async () => {
    const { code, out } = await run('ok', ['SIGTERM']);
    expect(code).toBe(0);
    const steps = out.split('\n').filter((line) => line.startsWith('step '));
    expect(steps).toEqual(['step stop', 'step work', 'step close']);
    expect(out).toContain('info shutdown complete');
  });

  it('GIVEN a step that hangs THEN exits 1 after the timeout, not before and not much later', async () => {
    const { code, out, ms } = await run('hang', ['SIGINT']);
    expect(code).toBe(1);
    expect(out).toContain('error shutdown timed out; exiting with code 1');
    expect(out).not.toContain('step close');
    expect(ms).toBeGreaterThanOrEqual(350);
    expect(ms).toBeLessThan(3_000);
  });

  it('GIVEN a second signal THEN exits 1 at once', async () => {
    const { code, out, ms } = await run('hang', ['SIGTERM', 'SIGTERM']);
    expect(code).toBe(1);
    expect(out).toContain('warn second signal during shutdown; exiting now');
    expect(ms).toBeLessThan(350);
  });
});
