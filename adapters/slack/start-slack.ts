import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Advisor } from '../../src/advisor.js';
import type { Store } from '../../src/store/store.js';
import { boltLogger } from './bolt-logger.js';
import { InFlight } from './in-flight.js';
import { registerListeners } from './register-listeners.js';
import type { SlackDeps } from './slack-deps.js';
import type { SlackEnv } from './slack-env.js';

export interface StartSlackOptions {
  env: SlackEnv;
  advisor: Advisor;
  store: Store;
  logger: Logger;
  clock?: () => number;
  /** HTTP mode: the interface to listen on (default: all). Tests use 127.0.0.1. */
  host?: string;
  /** How the Web API client retries (429s are waited out first). Tests pass a fast policy. */
  retryConfig?: webApi.RetryOptions;
  /** How long an event id is remembered for dedupe (default 1 hour: Slack retries for ~5 minutes). */
  dedupeTtlMs?: number;
  /** How long `stop()` waits for replies in flight (default 5 s). */
  drainMs?: number;
}

export interface SlackRunning {
  /** HTTP mode: the port Bolt listens on (`/slack/events`). */
  port?: number;
  stop(): Promise<void>;
}

/**
 * Builds the Bolt app (Socket Mode when an app token is set, HTTP otherwise), registers the listeners and
 * starts it. Rejects when Slack refuses the token (`auth.test`).
 */
export async function startSlack(options: StartSlackOptions): Promise<SlackRunning> {
  const { env } = options;
  const logger = options.logger.child({ platform: 'slack' });
  const boltLog = boltLogger(logger.child({ component: 'bolt' }));
  const clientOptions = {
    slackApiUrl: env.apiUrl,
    retryConfig: options.retryConfig ?? webApi.retryPolicies.fiveRetriesInFiveMinutes,
  };
  const socket =
    env.mode === 'socket' && env.appToken
      ? new SocketModeReceiver({ appToken: env.appToken, logger: boltLog, installerOptions: { clientOptions } })
      : undefined;
  const receiver = socket ?? new HTTPReceiver({ signingSecret: env.signingSecret ?? '', logger: boltLog });
  const app = new App({ token: env.botToken, receiver, logger: boltLog, clientOptions, deferInitialization: true });
  await app.init();

  const deps: SlackDeps = {
    advisor: options.advisor,
    store: options.store,
    logger,
    clock: options.clock ?? Date.now,
    dedupeTtlMs: options.dedupeTtlMs ?? 60 * 60_000,
  };
  const inFlight = new InFlight();
  registerListeners(app, deps, inFlight);

  let port: number | undefined;
  if (socket) {
    await app.start();
    logger.info('Slack connected (Socket Mode)');
  } else {
    const server = await app.start({ port: env.port, ...(options.host ? { host: options.host } : {}) });
    port = (server.address() as AddressInfo).port;
    logger.info({ port }, 'Slack listening (HTTP mode, /slack/events)');
  }

  let stopped: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    // Socket Mode: Bolt's stop() returns before the socket closes; awaiting disconnect() does not.
    if (socket) await socket.client.disconnect();
    else await app.stop();
    await inFlight.drain(options.drainMs ?? 5000);
    logger.info('Slack stopped');
  };
  return {
    ...(port !== undefined ? { port } : {}),
    stop: () => (stopped ??= stop()),
  };
}
