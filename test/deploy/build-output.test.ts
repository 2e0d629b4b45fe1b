import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createReadiness } from '../../adapters/ops/health.js';
import { createMetrics } from '../../adapters/ops/metrics.js';
import { startOpsServer, type OpsServer } from '../../adapters/ops/ops-server.js';
import { silentLogger } from '../fakes/test-advisor.js';
import { execForm, readDockerfile, repoRoot } from './parse-dockerfile.js';

// The image runs `npm run build`'s output (tsconfig.build.json, then rolldown.config.js): check what it will run
// in `dist/`, which the suite's global setup has built from these sources (or found freshly built by npm's
// `prepare`), so no second build is needed here.
const runtime = readDockerfile().stages.at(-1);
const cmd = execForm(runtime?.instructions.find((i) => i.keyword === 'CMD')?.args ?? '[]');
const probe = execForm(runtime?.instructions.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '[]');
const outDir = path.join(repoRoot, 'dist');

const servers: OpsServer[] = [];
afterEach(async () => void (await Promise.all(servers.splice(0).map((s) => s.close()))));

function runProbe(env: Record<string, string>, file: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [file], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 10_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

/** A `dist/…` path of the Dockerfile, in this checkout. */
const built = (distPath: string): string => path.join(outDir, distPath.replace(/^dist\//, ''));

describe('npm run build output, as the image uses it', () => {
  it('GIVEN the Dockerfile CMD THEN its entry file exists after the build', () => {
    expect(cmd[0]).toBe('node');
    const entry = cmd.slice(1).find((word) => !word.startsWith('-')) ?? '';
    expect(existsSync(built(entry)), `${entry} was not built by npm run build`).toBe(true);
  });

  it('GIVEN the HEALTHCHECK THEN its script exists after the build', () => {
    expect(existsSync(built(probe[1] ?? '')), `${probe[1]} was not built by npm run build`).toBe(true);
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
