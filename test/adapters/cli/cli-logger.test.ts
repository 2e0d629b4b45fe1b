import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the compiled logger (dist/, built by test/global-setup.ts) in a process of its own: what reaches stderr,
// and whether pino was loaded at all.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const script = (body: string): string => `
import { createRequire } from 'node:module';
const { cliLogger } = await import(${JSON.stringify(path.join(root, 'dist/adapters/cli/cli-logger.js'))});
${body}
const loaded = Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes('/pino/'));
process.stdout.write(loaded ? 'pino loaded' : 'pino not loaded');`;

function run(body: string, level?: string): { stdout: string; stderr: string[] } {
  const env = { ...process.env, LOG_LEVEL: level ?? '' };
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script(body)], { env, encoding: 'utf8' });
  return { stdout: child.stdout, stderr: child.stderr.trim().split('\n').filter(Boolean) };
}

describe('cliLogger', () => {
  it('GIVEN only calls below the level (warn by default) THEN nothing is written and pino is never loaded', () => {
    const r = run("const l = cliLogger(process.env); l.info('x'); l.debug({ a: 1 }, 'y');");
    expect(r.stdout).toBe('pino not loaded');
    expect(r.stderr).toEqual([]);
  });

  it('GIVEN a warning, a child logger and a secret THEN JSON lines reach stderr, the secret redacted', () => {
    const r = run("const l = cliLogger(process.env); l.warn({ token: 'abc' }, 'careful'); l.child({ component: 'x' }).error('bad');");
    expect(r.stdout).toBe('pino loaded');
    const lines = r.stderr.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toMatchObject([{ level: 40, msg: 'careful', token: '[redacted]' }, { level: 50, msg: 'bad', component: 'x' }]);
  });

  it('GIVEN LOG_LEVEL=debug THEN debug lines are written too', () => {
    const r = run("cliLogger(process.env).debug('detail');", 'debug');
    expect(r.stderr.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['detail']);
  });
});
