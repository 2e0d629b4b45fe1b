import type { Logger } from 'pino';
import type { Advisor } from '../../src/advisor.js';
import type { InboxRunner } from '../../src/inbox/inbox-runner.js';
import type { Store } from '../../src/store/store.js';
import type { CatchUpSettings } from './catch-up.js';
import type { ChannelModeCache } from '../channels/channel-mode-cache.js';
import type { InOrder } from './in-order.js';

/** What this bot may do beyond mentions and DMs (DISCORD_MESSAGE_CONTENT, DISCORD_EXPERTS_ROLE). */
export interface DiscordFeatures {
  /** The Message Content intent is on: messages that do not mention the bot can be read and answered. */
  messageContent: boolean;
  /** The role "Ask a person" tags; without it no reply offers the hand-off. */
  expertsRole?: string;
}

/** What every Discord handler gets: the core, the store (for dedupe), a logger and the timing knobs. */
export interface HandlerDeps {
  advisor: Advisor;
  store: Store;
  logger: Logger;
  clock: () => number;
  /** Messages and interactions owing a reply: recorded on arrival, delivered and retried through the inbox. */
  inbox: InboxRunner;
  /** Reading what was missed after a shard connects with a new session (see `catchUp`). */
  catchUp: CatchUpSettings;
  features: DiscordFeatures;
  /** Each channel's mode (`/ml-start channel`), read through a short cache. */
  channelModes: ChannelModeCache;
  /** Messages of one channel or thread are judged and recorded in the order they arrived. */
  inOrder: InOrder;
}

/** How long a handled message or interaction id is remembered, so a replayed event is not answered twice. */
export const DEDUPE_TTL_MS = 15 * 60_000;

/**
 * How long a Discord process trusts a channel mode it read: every guild message looks its channel's mode up, and a
 * mode set through another replica or shard (the store is shared) is seen at the latest this long after.
 */
export const DISCORD_CHANNEL_MODE_TTL_MS = 3_000;

/** True the first time this Discord event id is seen (message or interaction id). */
export function firstSighting(deps: HandlerDeps, kind: string, id: string): Promise<boolean> {
  const now = deps.clock();
  return deps.store.markEvent(`discord:${kind}:${id}`, now, now + DEDUPE_TTL_MS);
}
