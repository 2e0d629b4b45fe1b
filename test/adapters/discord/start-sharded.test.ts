import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDiscordEnv } from '../../../adapters/discord/discord-env.js';
import { startSharded } from '../../../adapters/discord/start-sharded.js';
import { SqliteStore } from '../../../adapters/store/sqlite-store.js';
import { compileForChildProcess } from '../../fakes/discord-compile.js';
import { messagePayload, newGuild, newUser } from '../../fakes/discord-payloads.js';
import type { SentMessage } from '../../fakes/discord-rest-call.js';
import { guildIdForShard } from '../../fakes/discord-snowflake.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { failOnUnhandledRejection } from '../../fakes/discord-unhandled.js';
import { knowledgeDir, silentLogger } from '../../fakes/test-advisor.js';

failOnUnhandledRejection();

describe('GIVEN DISCORD_SHARDS=2 and two guilds, one on each shard', () => {
  let fake: FakeDiscord;
  let compiled: Awaited<ReturnType<typeof compileForChildProcess>>;
  let sharded: Awaited<ReturnType<typeof startSharded>> | undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-advisor-shards-'));
  beforeAll(async () => {
    compiled = await compileForChildProcess();
    fake = await startFakeDiscord({ guilds: [newGuild('Shard zero', guildIdForShard(0, 2)), newGuild('Shard one', guildIdForShard(1, 2, 1))] });
  });
  afterAll(async () => {
    await sharded?.stop();
    await fake?.close();
    await compiled?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('WHEN started under ShardingManager THEN each shard process answers its own guild', async () => {
    const env = parseDiscordEnv({ ...fake.env, DISCORD_SHARDS: '2' });
    sharded = await startSharded({
      env, logger: silentLogger(), knowledgeDir,
      shardFile: path.join(compiled.dir, 'adapters/discord/shard-main.js'),
      spawnDelayMs: 0,
      shardEnv: { LOG_LEVEL: 'silent', SQLITE_PATH: path.join(dir, 'shared.db') },
    });
    expect(fake.gateway.shardCount).toBe(2);
    expect(fake.guildsOfShard(0, 2)).toHaveLength(1);
    expect(fake.guildsOfShard(1, 2)).toHaveLength(1);
    const user = newUser('grace');
    const ids = fake.guilds.map((guild) => {
      const d = messagePayload({ author: user, content: `<@${fake.bot.id}> hello from ${guild.name}`, channelId: guild.channelId, guildId: guild.id, mentions: [fake.bot] });
      fake.dispatch('MESSAGE_CREATE', d, guild.id);
      return d.id;
    });
    const replies = await Promise.all(
      ids.map((id) => fake.waitFor((c) => c.method === 'POST' && (c.body as SentMessage).message_reference?.message_id === id, 15_000)),
    );
    expect(replies.map((r) => r.path)).toEqual(fake.guilds.map((g) => `/channels/${g.channelId}/messages`));
    await sharded.stop();
    sharded = undefined;
    // Both shard processes wrote to the one configured store: the report sees every guild's questions.
    const store = SqliteStore.open({ path: path.join(dir, 'shared.db'), logger: silentLogger() });
    const logged = await store.questionsSince(0);
    await store.close();
    expect(new Set(logged.map((q) => q.workspaceId))).toEqual(new Set(fake.guilds.map((g) => g.id)));
  }, 60_000);
});
