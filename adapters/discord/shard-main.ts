import { pino } from 'pino';
import { createAdvisor } from '../../src/advisor.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { parseDiscordEnv } from './discord-env.js';
import { KNOWLEDGE_DIR_VAR } from './start-sharded.js';
import { startDiscordClient } from './start-discord.js';

/**
 * The entry of one shard process spawned by ShardingManager (which sets SHARDS, SHARD_COUNT and DISCORD_TOKEN;
 * discord.js picks the shard from them). Builds its own advisor from the knowledge folder; a shard only sees
 * its own guilds (and shard 0 the DMs), so an in-memory store keeps each conversation's context.
 */
const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { shard: process.env.SHARDS },
  redact: { paths: ['token', '*.token', 'env', '*.env', 'DISCORD_TOKEN', '*.DISCORD_TOKEN'], censor: '[redacted]' },
});

try {
  const env = parseDiscordEnv(process.env);
  const store = new MemoryStore();
  const knowledge = await loadKnowledge(process.env[KNOWLEDGE_DIR_VAR] ?? 'knowledge');
  const advisor = createAdvisor({ knowledge, store, logger });
  const discord = await startDiscordClient({ env, advisor, store, logger });
  const stop = (): void => {
    void discord
      .stop()
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
