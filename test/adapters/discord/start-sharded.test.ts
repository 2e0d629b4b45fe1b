import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDiscordEnv } from '../../../adapters/discord/discord-env.js';
import { startSharded } from '../../../adapters/discord/start-sharded.js';
import { SqliteStore } from '../../../adapters/store/sqlite-store.js';
import { compileForChildProcess } from '../../fakes/discord-compile.js';
import { defaultEveryonePermissions, messagePayload, newGuild, newUser } from '../../fakes/discord-payloads.js';
import type { SentMessage } from '../../fakes/discord-rest-call.js';
import { guildIdForShard } from '../../fakes/discord-snowflake.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { failOnUnhandledRejection } from '../../fakes/discord-unhandled.js';
import { knowledgeDir, silentLogger } from '../../fakes/test-advisor.js';

failOnUnhandledRejection();

/** View Channel, Send Messages, Read Message History and Attach Files. */
const withAttachFiles = String(BigInt(defaultEveryonePermissions) | (1n << 15n));

describe('GIVEN DISCORD_SHARDS=2 and two guilds, one on each shard', () => {
  let fake: FakeDiscord;
  let compiled: Awaited<ReturnType<typeof compileForChildProcess>>;
  let sharded: Awaited<ReturnType<typeof startSharded>> | undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-advisor-shards-'));
  const digestChannel = (): string => fake.guilds[1]?.channelId ?? '';
  beforeAll(async () => {
    compiled = await compileForChildProcess();
    const shardOne = { ...newGuild('Shard one', guildIdForShard(1, 2, 1)), everyonePermissions: withAttachFiles };
    fake = await startFakeDiscord({ guilds: [newGuild('Shard zero', guildIdForShard(0, 2)), shardOne] });
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
      // The digest every second, to a channel of the guild on shard 1.
      shardEnv: { LOG_LEVEL: 'silent', SQLITE_PATH: path.join(dir, 'shared.db'), DIGEST_DISCORD_CHANNEL: digestChannel(), DIGEST_CRON: '* * * * * *' },
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
    // Only the shard that holds the digest channel posts the digest; the other one never claims it. The digest
    // channel is also where the hello was answered: the digest is the post there that replies to nothing. Waited for
    // with its chart: on a loaded machine one run's upload can fall back to text bars, and the next run attaches it.
    await fake.waitFor(
      (c) =>
        c.method === 'POST' &&
        c.path === `/channels/${digestChannel()}/messages` &&
        c.status === 200 &&
        !(c.body as SentMessage | undefined)?.message_reference &&
        Boolean((c.body as { files?: unknown[] } | undefined)?.files?.length),
      15_000,
    );
    await sharded.stop();
    sharded = undefined;
    const charts = fake.created.filter((m) => m.files?.length);
    expect(charts.length).toBeGreaterThanOrEqual(1);
    expect(charts.every((m) => m.channelId === digestChannel())).toBe(true);
    // Both shard processes wrote to the one configured store: the report sees every guild's questions.
    const store = SqliteStore.open({ path: path.join(dir, 'shared.db'), logger: silentLogger() });
    const logged = await store.questionsSince(0);
    await store.close();
    const db = new Database(path.join(dir, 'shared.db'), { readonly: true });
    const periods = db.prepare('SELECT period FROM digests').all() as { period: string }[];
    db.close();
    // One claim per run, each posted once (a digest this short is one message, the chart attached).
    expect(periods.length).toBe(charts.length);
    expect(periods.every((p) => p.period.startsWith('discord:'))).toBe(true);
    expect(new Set(logged.map((q) => q.workspaceId))).toEqual(new Set(fake.guilds.map((g) => g.id)));
  }, 60_000);
});
