import { opsEnvSchema } from './ops-env.js';

/** Where the container's HEALTHCHECK finds `/healthz`: the configured port, on loopback when bound to all. */
export function healthUrl(env: Record<string, string | undefined>): string | undefined {
  const { OPS_PORT, OPS_HOST } = opsEnvSchema.pick({ OPS_PORT: true, OPS_HOST: true }).parse(env);
  if (OPS_PORT === 0) return undefined;
  const loopback = OPS_HOST === '0.0.0.0' ? '127.0.0.1' : OPS_HOST === '::' ? '::1' : OPS_HOST;
  const host = loopback.includes(':') && !loopback.startsWith('[') ? `[${loopback}]` : loopback;
  return `http://${host}:${OPS_PORT}/healthz`;
}

/** `{ healthy, detail }`: healthy only on a 200 within the timeout. Never throws. */
export async function probeHealth(url: string, timeoutMs: number): Promise<{ healthy: boolean; detail: string }> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.text()).slice(0, 300);
    return { healthy: res.status === 200, detail: `${res.status} ${body}` };
  } catch (err) {
    return { healthy: false, detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}
