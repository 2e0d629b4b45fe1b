import { Events } from 'discord.js';
import { once } from 'node:events';
import type { Logger } from 'pino';
import type { Advisor } from '../../src/advisor.js';
import type { InboxEvents } from '../../src/inbox/deliver-inbound.js';
import { createInboxRunner } from '../../src/inbox/inbox-runner.js';
import { defaultInboxSettings, type InboxSettings } from '../../src/inbox/inbox-settings.js';
import type { Store } from '../../src/store/store.js';
import type { DigestPoster } from '../digest/digest-poster.js';
import { notifyClosedGaps } from '../../src/learning/closed-gaps.js';
import { defaultCatchUp } from './catch-up.js';
import { answerInDiscord } from './answer-in-discord.js';
import { ChannelModeCache } from '../channels/channel-mode-cache.js';
import { DISCORD_CHANNEL_MODE_TTL_MS } from './handler-deps.js';
import { createClient, type ClientTuning } from './create-client.js';
import { discordDigestPoster } from './discord-digest-poster.js';
import { discordReplySender } from './discord-reply-sender.js';
import type { DiscordEnv } from './discord-env.js';
import { registerHandlers } from './register-handlers.js';
import { inOrder } from './in-order.js';
import { discordBacklogRoom } from './request-budget.js';
import { startSharded } from './start-sharded.js';
import { discordGapNoticeSender } from './gap-notice-sender.js';

export interface StartDiscordOptions extends ClientTuning {
  env: DiscordEnv;
  advisor: Advisor;
  store: Store;
  logger: Logger;
  clock?: () => number;
  /** With DISCORD_SHARDS: the folder each shard process loads its knowledge from (default `./knowledge`). */
  knowledgeDir?: string;
  /** Leases, polling and retries of the inbox (INBOX_* variables). */
  inbox?: InboxSettings;
  /** Counts closed records and retries (the metrics). */
  inboxEvents?: InboxEvents;
}

export interface DiscordHandle {
  /** Posts the weekly digest through this client; absent when sharded (each shard process has its own). */
  digestPoster?: DigestPoster;
  stop(): Promise<void>;
}

/** One client in this process: logs in, waits for READY, answers until `stop()`. */
export async function startDiscordClient(options: StartDiscordOptions): Promise<DiscordHandle> {
  const logger = options.logger.child({ platform: 'discord' });
  const client = createClient(options.env, options);
  const clock = options.clock ?? Date.now;
  const settings = options.inbox ?? defaultInboxSettings;
  const backlogRoom = discordBacklogRoom(client.rest, clock);
  const expertsRole = options.env.DISCORD_EXPERTS_ROLE;
  const channelModes = new ChannelModeCache(options.advisor, logger, { platform: 'discord', ttlMs: DISCORD_CHANNEL_MODE_TTL_MS, clock });
  const inbox = createInboxRunner('discord', {
    inbox: options.store.inbox,
    answer: (message) => answerInDiscord({ advisor: options.advisor, logger, channelModes }, message),
    sender: discordReplySender(client.rest, expertsRole ? { expertsRole } : {}),
    logger: logger.child({ component: 'inbox' }),
    clock,
    settings,
    backlogRoom,
    ...options.inboxEvents,
  });
  registerHandlers(client, {
    advisor: options.advisor, store: options.store, logger, clock, inbox,
    catchUp: { ...defaultCatchUp, lookbackMs: settings.giveUpMs, delayMs: settings.backlogDelayMs, room: backlogRoom },
    features: { messageContent: options.env.DISCORD_MESSAGE_CONTENT, ...(expertsRole ? { expertsRole } : {}) },
    channelModes,
    inOrder: inOrder(),
  });
  const ready = once(client, Events.ClientReady);
  try {
    await client.login(options.env.DISCORD_TOKEN);
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
  logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, messageContent: options.env.DISCORD_MESSAGE_CONTENT, expertsRole: expertsRole !== undefined },
    'discord connected',
  );
  inbox.startRecovery();
  // The knowledge was (re)loaded: tell the people who asked to hear when a gap they hit is answered. Every shard
  // tries; the store's claim tells each person once.
  const noticesSent = notifyClosedGaps('discord', {
    store: options.store, index: options.advisor.index, send: discordGapNoticeSender(client.rest), logger, clock,
  });
  return {
    digestPoster: discordDigestPoster(client, logger),
    async stop() {
      client.removeAllListeners();
      await inbox.stop(5_000);
      await noticesSent;
      await client.destroy();
      logger.info('discord stopped');
    },
  };
}

/**
 * Starts the Discord adapter. With DISCORD_SHARDS set it runs a ShardingManager instead: one process per shard,
 * each building its own advisor from `knowledgeDir` over the configured store (`shard-main.ts`); `advisor` and `store` are then unused.
 */
export function startDiscord(options: StartDiscordOptions): Promise<DiscordHandle> {
  if (options.env.DISCORD_SHARDS) {
    return startSharded({
      env: options.env,
      logger: options.logger.child({ platform: 'discord' }),
      knowledgeDir: options.knowledgeDir ?? 'knowledge',
    });
  }
  return startDiscordClient(options);
}
