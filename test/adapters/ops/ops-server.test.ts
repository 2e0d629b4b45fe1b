import { afterEach, describe, expect, it } from 'vitest';
import { createReadiness } from '../../../adapters/ops/health.js';
import { createMetrics } from '../../../adapters/ops/metrics.js';
import { startOpsServer, type OpsServer } from '../../../adapters/ops/ops-server.js';
import { healthUrl, probeHealth } from '../../../adapters/ops/probe-health.js';
import { silentLogger } from '../../fakes/test-advisor.js';

const servers: OpsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start() {
  const readiness = createReadiness({ platforms: ['slack'] });
  const metrics = createMetrics();
  const server = await startOpsServer({ port: 0, host: '127.0.0.1', registry: metrics.registry, health: readiness.status, logger: silentLogger() });
  servers.push(server);
  return { readiness, metrics, server, base: `http://127.0.0.1:${server.port}` };
}

describe('startOpsServer', () => {
  it('GIVEN the bot is still starting THEN /healthz is 503 with the checks; once ready 200 ok', async () => {
    const { readiness, base } = await start();
    const before = await fetch(`${base}/healthz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: 'starting', checks: { knowledge: false, slack: 'connecting' } });

    readiness.knowledgeLoaded();
    readiness.setPlatform('slack', 'connected');
    const after = await fetch(`${base}/healthz`);
    expect(after.status).toBe(200);
    expect(after.headers.get('content-type')).toBe('application/json');
    expect(await after.json()).toEqual({ status: 'ok', checks: { knowledge: true, slack: 'connected' } });

    readiness.stopping();
    expect((await fetch(`${base}/healthz`)).status).toBe(503);
  });

  it('GIVEN recorded replies THEN /metrics serves them as Prometheus text', async () => {
    const { metrics, base } = await start();
    metrics.observeReply({ outcome: 'clarify', painPoint: 'where-to-start' }, 'slack', 0.01);
    metrics.countPlatformError('slack');
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('ml_advisor_questions_total{platform="slack",outcome="clarify",pain_point="where-to-start"} 1');
    expect(text).toContain('ml_advisor_platform_errors_total{platform="slack"} 1');
    expect(text).toContain('# TYPE ml_advisor_reply_duration_seconds histogram');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('GIVEN any other path or method THEN 404 or 405, and HEAD works without a body', async () => {
    const { base } = await start();
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/metrics/extra`)).status).toBe(404);
    const post = await fetch(`${base}/metrics`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(`${base}/healthz?verbose=1`, { method: 'HEAD' });
    expect(head.status).toBe(503);
    expect(await head.text()).toBe('');
  });

  it('GIVEN a port already in use THEN start-up rejects with EADDRINUSE', async () => {
    const { server } = await start();
    await expect(
      startOpsServer({ port: server.port, host: '127.0.0.1', registry: createMetrics({ defaultMetrics: false }).registry, health: createReadiness({ platforms: [] }).status, logger: silentLogger() }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('GIVEN an open keep-alive connection THEN close() still returns promptly', async () => {
    const { base, server } = await start();
    await fetch(`${base}/healthz`, { headers: { connection: 'keep-alive' } });
    const started = Date.now();
    await servers.splice(0, 1)[0]?.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(fetch(`http://127.0.0.1:${server.port}/healthz`)).rejects.toThrow();
  });
});

describe('the container health check', () => {
  it('GIVEN the env THEN probes loopback on the configured port, or nothing when the server is off', () => {
    expect(healthUrl({})).toBe('http://127.0.0.1:9090/healthz');
    expect(healthUrl({ OPS_HOST: '0.0.0.0', OPS_PORT: '8081' })).toBe('http://127.0.0.1:8081/healthz');
    expect(healthUrl({ OPS_HOST: '::' })).toBe('http://[::1]:9090/healthz');
    expect(healthUrl({ OPS_PORT: '0' })).toBeUndefined();
  });

  it('GIVEN a ready bot, a starting bot and nothing listening THEN healthy only when ready', async () => {
    const { readiness, base, server } = await start();
    expect(await probeHealth(`${base}/healthz`, 2_000)).toMatchObject({ healthy: false, detail: expect.stringMatching(/^503 /) });
    readiness.knowledgeLoaded();
    readiness.setPlatform('slack', 'connected');
    expect(await probeHealth(`${base}/healthz`, 2_000)).toEqual({ healthy: true, detail: expect.stringContaining('200 {"status":"ok"') });
    await servers.splice(0, 1)[0]?.close();
    expect((await probeHealth(`http://127.0.0.1:${server.port}/healthz`, 2_000)).healthy).toBe(false);
  });
});
