import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createReadiness } from '../../adapters/ops/health.js';
import { createMetrics } from '../../adapters/ops/metrics.js';
import { startOpsServer, type OpsServer } from '../../adapters/ops/ops-server.js';
import { silentLogger } from '../fakes/test-advisor.js';
import { execForm, readDockerfile, repoRoot } from './parse-dockerfile.js';

// The image runs `npm run build`'s output: build the same way (tsconfig.build.json, then rolldown.config.js) into
// a private folder under dist/ (so node_modules and package.json's "type" resolve as in the image) and check what
// the image will run.
const runtime = readDockerfile().stages.at(-1);
const cmd = execForm(runtime?.instructions.find((i) => i.keyword === 'CMD')?.args ?? '[]');
const probe = execForm(runtime?.instructions.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '[]');
let outDir: string;
let buildLog = '';

beforeAll(() => {
  mkdirSync(path.join(repoRoot, 'dist'), { recursive: true });
  outDir = mkdtempSync(path.join(repoRoot, 'dist', '.deploy-test-'));
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' });
  } catch (err) {
    // Type errors still emit; `npm test` type-checks separately. Keep the log for the assertions' messages.
    buildLog = String((err as { stdout?: string }).stdout ?? err);
  }
  const rolldown = path.join(repoRoot, 'node_modules', 'rolldown', 'bin', 'cli.mjs');
  execFileSync(process.execPath, [rolldown, '-c', 'rolldown.config.js', '--logLevel', 'warn'], {
    cwd: repoRoot, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, BUNDLE_DIST: outDir },
  });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const servers: OpsServer[] = [];
afterEach(async () => void (await Promise.all(servers.splice(0).map((s) => s.close()))));

function runProbe(env: Record<string, string>, file: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [file], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 10_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

/** `dist/x.js` in the Dockerfile is `<outDir>/x.js` here. */
const built = (distPath: string): string => path.join(outDir, distPath.replace(/^dist\//, ''));

describe('npm run build output, as the image uses it', () => {
  it('GIVEN the Dockerfile CMD THEN its entry file exists after the build', () => {
    expect(cmd[0]).toBe('node');
    expect(existsSync(built(cmd[1] ?? '')), `${cmd[1]} was not built\n${buildLog}`).toBe(true);
  });

  it('GIVEN the HEALTHCHECK THEN its script exists after the build', () => {
    expect(existsSync(built(probe[1] ?? '')), `${probe[1]} was not built\n${buildLog}`).toBe(true);
  });

  it('GIVEN the built health check THEN exits 0 only while /healthz says ok', async () => {
    const readiness = createReadiness({ platforms: ['discord'] });
    const server = await startOpsServer({ port: 0, host: '127.0.0.1', registry: createMetrics({ defaultMetrics: false }).registry, health: readiness.status, logger: silentLogger() });
    servers.push(server);
    const env = { OPS_HOST: '0.0.0.0', OPS_PORT: String(server.port) };
    const file = built(probe[1] ?? '');

    expect(await runProbe(env, file)).toMatchObject({ code: 1, out: expect.stringContaining('503') });
    readiness.knowledgeLoaded();
    readiness.setPlatform('discord', 'connected');
    expect(await runProbe(env, file)).toMatchObject({ code: 0, out: expect.stringContaining('"status":"ok"') });
    expect(await runProbe({ OPS_PORT: '0' }, file)).toMatchObject({ code: 1, out: expect.stringContaining('OPS_PORT=0') });
    await Promise.all(servers.splice(0).map((s) => s.close()));
    expect((await runProbe(env, file)).code).toBe(1);
  });
});
