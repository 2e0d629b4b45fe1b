import type { AddressInfo } from 'node:net';
import { notifyClosedGaps } from '../../src/learning/closed-gaps.js';
import { App, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Advisor } from '../../src/advisor.js';
import { createInboxRunner, type InboxRunner } from '../../src/inbox/inbox-runner.js';
import { defaultInboxSettings, type InboxSettings } from '../../src/inbox/inbox-settings.js';
import type { InboxEvents } from '../../src/inbox/deliver-inbound.js';
import type { Store } from '../../src/store/store.js';
import { answerInSlack } from './answer-in-slack.js';
import { boltLogger } from './bolt-logger.js';
import { withChannelContext } from './channel-context.js';
import { ChannelModeCache } from '../channels/channel-mode-cache.js';
import { Experts } from './experts.js';
import { InFlight } from './in-flight.js';
import { inboundFromClick } from './inbound-click.js';
import { inboundFromCommand } from './inbound-command.js';
import { inboundFromEnvelope } from './inbound-event.js';
import { inboundFromSubmission } from './inbound-submission.js';
import { recordBeforeAck } from './record-before-ack.js';
import { RecordedEvents } from './recorded-events.js';
import { registerListeners } from './register-listeners.js';
import type { SlackDeps } from './slack-deps.js';
import type { SlackEnv } from './slack-env.js';
import { slackReplySender } from './slack-reply-sender.js';
import { slackDigestPoster } from './slack-digest-poster.js';
import type { DigestPoster } from '../digest/digest-poster.js';
import { slackGapNoticeSender } from './gap-notice-sender.js';

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
  /** Leases, polling and retries of the inbox (INBOX_* variables). */
  inbox?: InboxSettings;
  /** Counts closed records and retries (the metrics). */
  inboxEvents?: InboxEvents;
}

/**
 * Replies are retried a little by the Web API client — a 5xx blip twice within ~100 ms (10–20 ms, then 30–60 ms),
 * a 429 after its Retry-After — then by the inbox with its own backoff (INBOX_RETRY_MIN_MS and up).
 */
const replyRetries: webApi.RetryOptions = { retries: 2, factor: 3, minTimeout: 10, maxTimeout: 100, randomize: true };

/** The Web API client that sends replies and reads the experts' group. */
function replyClient(options: StartSlackOptions, logger: Logger): webApi.WebClient {
  return new webApi.WebClient(options.env.botToken, {
    slackApiUrl: options.env.apiUrl,
    retryConfig: options.retryConfig ?? replyRetries,
    timeout: 10_000,
    logger: boltLogger(logger.child({ component: 'replies' })),
  });
}

function slackInbox(options: StartSlackOptions, deps: Omit<SlackDeps, 'inbox' | 'recorded'>, client: webApi.WebClient): InboxRunner {
  return createInboxRunner('slack', {
    inbox: options.store.inbox,
    answer: (message) => answerInSlack(deps, message),
    sender: slackReplySender(client, deps.logger, deps.experts),
    logger: deps.logger.child({ component: 'inbox' }),
    clock: deps.clock,
    settings: options.inbox ?? defaultInboxSettings,
    ...options.inboxEvents,
  });
}

export interface SlackRunning {
  /** HTTP mode: the port Bolt listens on (`/slack/events`). */
  port?: number;
  /** Posts the weekly digest through the replies' Web API client (the composition root schedules it). */
  digestPoster: DigestPoster;
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

  const clock = options.clock ?? Date.now;
  const client = replyClient(options, logger);
  const base = {
    advisor: options.advisor,
    store: options.store,
    logger,
    clock,
    dedupeTtlMs: options.dedupeTtlMs ?? 60 * 60_000,
    channelModes: new ChannelModeCache(options.advisor, logger, { platform: 'slack', ttlMs: env.channelModeCacheMs, clock }),
    experts: env.expertsGroup ? new Experts(env.expertsGroup, client, logger, undefined, clock) : undefined,
  };
  const deps: SlackDeps = { ...base, inbox: slackInbox(options, base, client), recorded: new RecordedEvents() };
  recordBeforeAck(receiver, app, async (body, retryNum) => {
    const now = deps.clock();
    const decision = await inboundFromEnvelope(deps, body, now);
    // A channel message the bot stays out of: acknowledged, and Bolt's listeners have nothing to do with it.
    if (decision === 'ignore') return 'settled';
    const event = decision?.item;
    const found = event ?? inboundFromCommand(body, now) ?? inboundFromClick(deps, body, now) ?? inboundFromSubmission(deps, body, now);
    const item = found && (await withChannelContext(deps, found));
    // A resend that no process recorded before (it died first, or the store failed) is already late, and after a
    // restart many come at once: they go to the backlog lane, beside new questions rather than in front of them.
    const backlog = retryNum > 0;
    const recorded = item && (await deps.inbox.record(item, { backlog }));
    if (recorded && !backlog) deps.recorded.put(recorded.key, recorded);
    // An event the inbox already holds, or just queued for the backlog lane, needs nothing from the listeners
    // (after a restart many come at once; skipping Bolt for them leaves the CPU to new questions).
    return event && (!recorded || backlog) ? 'settled' : 'listen';
  });
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
  deps.inbox.startRecovery();
  // The knowledge was (re)loaded: tell the people who asked to hear when a gap they hit is answered.
  const noticesSent = notifyClosedGaps('slack', { store: options.store, index: options.advisor.index, send: slackGapNoticeSender(client), logger, clock });

  let stopped: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    // Socket Mode: Bolt's stop() returns before the socket closes; awaiting disconnect() does not.
    if (socket) await socket.client.disconnect();
    else await app.stop();
    await inFlight.drain(options.drainMs ?? 5000);
    await deps.inbox.stop(options.drainMs ?? 5000);
    await noticesSent;
    logger.info('Slack stopped');
  };
  return {
    ...(port !== undefined ? { port } : {}),
    digestPoster: slackDigestPoster(client, logger),
    stop: () => (stopped ??= stop()),
  };
}
