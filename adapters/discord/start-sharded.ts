import { ShardingManager, type Shard } from 'discord.js';
import path from 'node:path';
import type { Logger } from 'pino';
import { packageRoot } from '../cli/package-root.js';
import type { DiscordEnv } from './discord-env.js';

/** How the manager tells a shard process where its knowledge is (the rest comes from DISCORD_* variables). */
export const KNOWLEDGE_DIR_VAR = 'ML_ADVISOR_KNOWLEDGE_DIR';

export interface StartShardedOptions {
  env: DiscordEnv;
  logger: Logger;
  knowledgeDir: string;
  /** The compiled shard entry; defaults to dist/'s `shard-main.js` (also when this runs from the bundle). */
  shardFile?: string;
  /** Pause between shard start-ups; Discord wants ~5 s between IDENTIFYs (max_concurrency 1). */
  spawnDelayMs?: number;
  /** Extra variables for the shard processes (e.g. LOG_LEVEL). */
  shardEnv?: Record<string, string>;
}

/** Runs one process per shard under discord.js's ShardingManager; `stop()` ends them all. */
export async function startSharded(options: StartShardedOptions): Promise<{ stop(): Promise<void> }> {
  const { env, logger } = options;
  const manager = new ShardingManager(
    options.shardFile ?? path.join(packageRoot(), 'dist', 'adapters', 'discord', 'shard-main.js'),
    { token: env.DISCORD_TOKEN, totalShards: env.DISCORD_SHARDS ?? 1, mode: 'process', respawn: true, execArgv: [] },
  );
  manager.on('shardCreate', (shard: Shard) => {
    // The manager copies process.env for each shard; settings given as values travel this way.
    Object.assign(shard.env as Record<string, string>, {
      ...options.shardEnv,
      DISCORD_APPLICATION_ID: env.DISCORD_APPLICATION_ID,
      DISCORD_API_URL: env.DISCORD_API_URL,
      DISCORD_SHARDS: String(env.DISCORD_SHARDS ?? 1),
      [KNOWLEDGE_DIR_VAR]: path.resolve(options.knowledgeDir),
    });
    shard.on('death', () => {
      if (manager.respawn) logger.warn({ shardId: shard.id }, 'discord shard process exited; respawning');
    });
    logger.info({ shardId: shard.id }, 'discord shard starting');
  });
  await manager.spawn({ amount: env.DISCORD_SHARDS ?? 1, delay: options.spawnDelayMs ?? 5500, timeout: 60_000 });
  logger.info({ shards: manager.shards.size }, 'discord shards ready');
  return {
    async stop() {
      manager.respawn = false;
      const exits = [...manager.shards.values()].map(
        (shard) => new Promise<void>((resolve) => (shard.process ? shard.process.once('exit', () => resolve()) : resolve())),
      );
      for (const shard of manager.shards.values()) shard.kill();
      await Promise.all(exits);
    },
  };
}
