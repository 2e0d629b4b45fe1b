import { pino, type Logger } from 'pino';
import { beforeAll } from 'vitest';
import type { CoreMessage } from '../../src/message.js';
import type { Advisor } from '../../src/advisor.js';
import type { Store } from '../../src/store/store.js';
import { startSlack, type SlackRunning } from '../../adapters/slack/start-slack.js';
import { slackEnvSchema } from '../../adapters/slack/slack-env.js';
import { FakeSlack } from './fake-slack.js';
import { formBody, sendSigned, type SignedResponse } from './slack-signed-request.js';
import { testAdvisor } from './test-advisor.js';

export type SlackMode = 'http' | 'socket';
export const testSigningSecret = 'test-signing-secret-0123456789';

/** A logger whose JSON lines are kept in memory, to assert on what was (and was not) logged. */
export function capturingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
  return { logger, lines };
}

export interface SlackHarness {
  mode: SlackMode;
  fake: FakeSlack;
  slack: SlackRunning;
  store: Store;
  advisor: Advisor;
  /** Every message the adapter handed to the core, in order. */
  seen: CoreMessage[];
  lines: Record<string, unknown>[];
  eventsUrl: string;
  /** Delivers an Events API envelope (retry > 0 marks a redelivery); HTTP: the status, Socket Mode: 200 on ack. */
  event(envelope: Record<string, unknown>, retry?: number): Promise<SignedResponse>;
  command(fields: Record<string, string>): Promise<SignedResponse>;
  interactive(payload: Record<string, unknown>): Promise<SignedResponse>;
  close(): Promise<void>;
}

/**
 * The real Bolt app from `startSlack`, wired to a fake Slack on 127.0.0.1, in HTTP or Socket Mode, with a
 * real advisor over the shipped knowledge (or the one given) and a fast Web API retry policy. `env` adds SLACK_*
 * settings (e.g. SLACK_EXPERTS_GROUP, SLACK_CHANNEL_MODE_CACHE_MS).
 */
export async function startSlackHarness(
  mode: SlackMode,
  options: { advisor?: Advisor; store?: Store; env?: Record<string, string> } = {},
): Promise<SlackHarness> {
  const fake = await FakeSlack.start();
  const real = await testAdvisor(options.store ? { store: options.store } : {});
  const inner = options.advisor ?? real.advisor;
  const seen: CoreMessage[] = [];
  const advisor: Advisor = {
    ...inner,
    handle: (message) => {
      seen.push(message);
      return inner.handle(message);
    },
  };
  const { logger, lines } = capturingLogger();
  const env = slackEnvSchema.parse({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    ...(mode === 'http' ? { SLACK_SIGNING_SECRET: testSigningSecret } : { SLACK_APP_TOKEN: 'xapp-test-token' }),
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    ...options.env,
  });
  const slack = await startSlack({
    env,
    advisor,
    store: real.store,
    logger,
    host: '127.0.0.1',
    retryConfig: { retries: 3, minTimeout: 10, maxTimeout: 50, factor: 1 },
  });
  if (mode === 'socket') await fake.socket.waitForConnection();
  const eventsUrl = `http://127.0.0.1:${slack.port ?? 0}/slack/events`;
  const viaSocket = async (type: string, payload: unknown, retry = 0): Promise<SignedResponse> => {
    const ack = await fake.socket.send(type, payload, { retryAttempt: retry });
    return { status: 200, body: JSON.stringify(ack.payload ?? {}) };
  };
  return {
    mode,
    fake,
    slack,
    store: real.store,
    advisor,
    seen,
    lines,
    eventsUrl,
    event: (envelope, retry = 0) =>
      mode === 'socket'
        ? viaSocket('events_api', envelope, retry)
        : sendSigned(eventsUrl, { secret: testSigningSecret, body: JSON.stringify(envelope), retryNum: retry }),
    command: (fields) =>
      mode === 'socket'
        ? viaSocket('slash_commands', fields)
        : sendSigned(eventsUrl, { secret: testSigningSecret, body: formBody(fields), contentType: 'application/x-www-form-urlencoded' }),
    interactive: (payload) =>
      mode === 'socket'
        ? viaSocket('interactive', payload)
        : sendSigned(eventsUrl, {
            secret: testSigningSecret,
            body: formBody({ payload: JSON.stringify(payload) }),
            contentType: 'application/x-www-form-urlencoded',
          }),
    close: async () => {
      await slack.stop();
      await fake.close();
      await real.store.close();
    },
  };
}

/** Fails the test file on any unhandled rejection (Bolt and the WebClient must never leak one). */
export function failOnUnhandledRejections(): void {
  const fail = (reason: unknown): never => {
    throw reason instanceof Error ? reason : new Error(String(reason));
  };
  beforeAll(() => {
    process.on('unhandledRejection', fail);
    return () => void process.off('unhandledRejection', fail);
  });
}

/** Lets in-flight work finish before asserting that something did NOT happen. */
export function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
