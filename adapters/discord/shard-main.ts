import { buildAdvisor } from '../cli/build-advisor.js';
import { readAppConfig } from '../config/app-config.js';
import { inboxSettings } from '../config/inbox-env.js';
import { createLogger } from '../ops/create-logger.js';
import { startDigest } from '../digest/start-digest.js';
import { openStore } from '../store/open-store.js';
import { KNOWLEDGE_DIR_VAR } from './start-sharded.js';
import { startDiscordClient } from './start-discord.js';

/**
 * The entry of one shard process spawned by ShardingManager (which sets SHARDS, SHARD_COUNT and DISCORD_TOKEN;
 * discord.js picks the shard from them). Reads the same configuration as the main process and opens the same
 * store (SQLite file or PostgreSQL), so feedback, the question log and rate limits survive and add up across
 * shards; its advisor restores the cached index the main process trained.
 */
let logger = createLogger({ level: 'info', pretty: false });

try {
  const config = readAppConfig(process.env);
  logger = createLogger({ level: config.LOG_LEVEL, pretty: false }).child({ shard: process.env.SHARDS });
  if (!config.discord) throw new Error('a Discord shard started without DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  const store = await openStore(config, logger);
  const { advisor } = await buildAdvisor(config, process.env[KNOWLEDGE_DIR_VAR] ?? 'knowledge', store, logger);
  const discord = await startDiscordClient({ env: config.discord, advisor, store, logger, inbox: inboxSettings(config) });
  // Every shard schedules the digest; only the shard whose guilds hold DIGEST_DISCORD_CHANNEL claims and posts it.
  const digest = startDigest(config, discord.digestPoster, { store, logger });
  const stop = (): void => {
    void Promise.resolve(digest?.stop())
      .then(() => discord.stop())
      .then(() => store.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.once('disconnect', stop);
} catch (err) {
  logger.fatal({ err }, 'discord shard failed to start');
  process.exit(1);
}
