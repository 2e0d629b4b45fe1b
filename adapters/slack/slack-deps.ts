import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Advisor } from '../../src/advisor.js';
import type { InboxRunner } from '../../src/inbox/inbox-runner.js';
import type { Store } from '../../src/store/store.js';
import type { ChannelModeCache } from '../channels/channel-mode-cache.js';
import type { Experts } from './experts.js';
import type { RecordedEvents } from './recorded-events.js';

export type SlackClient = webApi.WebClient;

/** What every Slack listener needs, passed in once at registration. */
export interface SlackDeps {
  advisor: Advisor;
  store: Store;
  logger: Logger;
  clock: () => number;
  /** How long an `event_id` is remembered: Slack retries for about 5 minutes. */
  dedupeTtlMs: number;
  /** Mentions, DMs, channel questions, commands and clicks owing a reply: recorded before the ack, delivered and retried through the inbox. */
  inbox: InboxRunner;
  recorded: RecordedEvents;
  /** Each channel's mode (`/ml-start channel`), read before the ack and remembered briefly. */
  channelModes: ChannelModeCache;
  /** The experts' user group (`SLACK_EXPERTS_GROUP`); undefined when none is set (no hand-off is offered). */
  experts: Experts | undefined;
}
