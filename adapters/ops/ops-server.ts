import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { healthHttpStatus, type HealthStatus } from './health.js';

export interface OpsServerOptions {
  port: number;
  host: string;
  registry: Registry;
  health: () => HealthStatus;
  logger: Pick<Logger, 'info' | 'error'>;
}

export interface OpsServer {
  /** The bound port (the real one when 0 was asked for). */
  readonly port: number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, contentType: string, body: string, head: boolean): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

async function route(req: IncomingMessage, res: ServerResponse, options: OpsServerOptions): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://ops').pathname;
  const known = path === '/healthz' || path === '/metrics';
  if (!known) return send(res, 404, 'application/json', JSON.stringify({ error: 'not found' }), false);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(res, 405, 'application/json', JSON.stringify({ error: 'method not allowed' }), false);
  }
  const head = req.method === 'HEAD';
  if (path === '/healthz') {
    const health = options.health();
    return send(res, healthHttpStatus(health), 'application/json', JSON.stringify(health), head);
  }
  const text = await options.registry.metrics();
  return send(res, 200, options.registry.contentType, text, head);
}

/** `/healthz` (200 when ready or only degraded by a stale inbox, else 503) and `/metrics` (Prometheus text) on plain `node:http`; 404 elsewhere. */
export function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const server = createServer((req, res) => {
    route(req, res, options).catch((err: unknown) => {
      options.logger.error({ err, url: req.url }, 'ops request failed');
      if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ error: 'internal error' }), false);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 10_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      server.on('error', (err) => options.logger.error({ err }, 'ops server error'));
      const { port } = server.address() as AddressInfo;
      options.logger.info({ host: options.host, port }, 'ops server listening: /healthz and /metrics');
      resolve({
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
