import { Events } from 'discord.js';
import { once } from 'node:events';
import type { Logger } from 'pino';
import type { Advisor } from '../../src/advisor.js';
import type { Store } from '../../src/store/store.js';
import { createClient, type ClientTuning } from './create-client.js';
import type { DiscordEnv } from './discord-env.js';
import { registerHandlers } from './register-handlers.js';
import { startSharded } from './start-sharded.js';

export interface StartDiscordOptions extends ClientTuning {
  env: DiscordEnv;
  advisor: Advisor;
  store: Store;
  logger: Logger;
  clock?: () => number;
  /** Defer an interaction when the core has not answered within this many ms (default 1,500; Discord allows 3,000). */
  deferAfterMs?: number;
  /** With DISCORD_SHARDS: the folder each shard process loads its knowledge from (default `./knowledge`). */
  knowledgeDir?: string;
}

export interface DiscordHandle {
  stop(): Promise<void>;
}

/** One client in this process: logs in, waits for READY, answers until `stop()`. */
export async function startDiscordClient(options: StartDiscordOptions): Promise<DiscordHandle> {
  const logger = options.logger.child({ platform: 'discord' });
  const client = createClient(options.env, options);
  registerHandlers(client, {
    advisor: options.advisor,
    store: options.store,
    logger,
    clock: options.clock ?? Date.now,
    deferAfterMs: options.deferAfterMs ?? 1500,
  });
  const ready = once(client, Events.ClientReady);
  try {
    await client.login(options.env.DISCORD_TOKEN);
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord connected');
  return {
    async stop() {
      client.removeAllListeners();
      await client.destroy();
      logger.info('discord stopped');
    },
  };
}

/**
 * Starts the Discord adapter. With DISCORD_SHARDS set it runs a ShardingManager instead: one process per shard,
 * each building its own advisor (and in-memory store) from `knowledgeDir`; `advisor` and `store` are then unused.
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
