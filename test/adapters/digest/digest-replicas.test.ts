import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { learningEnvSchema } from '../../../adapters/config/learning-env.js';
import { parseDiscordEnv } from '../../../adapters/discord/discord-env.js';
import { startDiscordClient, type DiscordHandle } from '../../../adapters/discord/start-discord.js';
import type { DigestRun, DigestScheduler } from '../../../adapters/digest/digest-scheduler.js';
import { startDigest } from '../../../adapters/digest/start-digest.js';
import { slackEnvSchema } from '../../../adapters/slack/slack-env.js';
import { startSlack, type SlackRunning } from '../../../adapters/slack/start-slack.js';
import { PostgresStore } from '../../../adapters/store/postgres-store.js';
import { defaultEveryonePermissions, newGuild } from '../../fakes/discord-payloads.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { FakeSlack } from '../../fakes/fake-slack.js';
import { decodePng } from '../../fakes/png-decode.js';
import { capturingLogger } from '../../fakes/slack-harness.js';
import { dropSchema, freshSchema, testPostgres } from '../../fakes/store-postgres.js';
import { testAdvisor } from '../../fakes/test-advisor.js';

const server = testPostgres();

interface Replica {
  store: PostgresStore;
  slack: SlackRunning;
  discord: DiscordHandle;
  digests: { slack: DigestScheduler; discord: DigestScheduler };
  lines: Record<string, unknown>[];
}

/**
 * The "done when" for the digest: two replicas of the bot (each with its own PostgreSQL pool, Slack app and
 * Discord client) share one database and one fake of each platform. The digest is scheduled every second here, so a
 * few runs pass in a few seconds; each run must be posted exactly once per platform, with a PNG that decodes.
 */
describe.runIf(server)('GIVEN two replicas on one PostgreSQL, both fakes and a digest every second', () => {
  const url = (server as { url: string }).url;
  const schema = freshSchema('digest');
  const guild = { ...newGuild('Acme'), everyonePermissions: String(BigInt(defaultEveryonePermissions) | (1n << 15n)) };
  const settings = learningEnvSchema.parse({
    DIGEST_SLACK_CHANNEL: 'C0DIGEST01', DIGEST_DISCORD_CHANNEL: guild.channelId, DIGEST_CRON: '* * * * * *', DIGEST_TZ: 'UTC',
  });
  let slackFake: FakeSlack;
  let discordFake: FakeDiscord;
  const replicas: Replica[] = [];

  const startReplica = async (): Promise<Replica> => {
    const { logger, lines } = capturingLogger();
    const store = await PostgresStore.open({ url, schema, logger, poolSize: 4 });
    const { advisor } = await testAdvisor({ store });
    const slack = await startSlack({
      env: slackEnvSchema.parse({ SLACK_BOT_TOKEN: 'xoxb-digest', SLACK_SIGNING_SECRET: 'digest-signing-secret-0123', SLACK_API_URL: slackFake.apiUrl, PORT: '0' }),
      advisor, store, logger, host: '127.0.0.1', retryConfig: { retries: 1, minTimeout: 10, maxTimeout: 50, factor: 1 },
    });
    const discord = await startDiscordClient({ env: parseDiscordEnv(discordFake.env), advisor, store, logger });
    const start = (poster: Parameters<typeof startDigest>[1]) => startDigest(settings, poster, { store, logger }) as DigestScheduler;
    return { store, slack, discord, lines, digests: { slack: start(slack.digestPoster), discord: start(discord.digestPoster) } };
  };
  const chartsInDiscord = () => discordFake.created.filter((m) => m.channelId === guild.channelId && m.files?.length);
  const claims = async (): Promise<string[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<{ period: string }>(`SELECT period FROM "${schema}".digests ORDER BY period`)).rows.map((r) => r.period);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    slackFake = await FakeSlack.start();
    discordFake = await startFakeDiscord({ guilds: [guild] });
    replicas.push(await startReplica(), await startReplica());
  }, 60_000);

  afterAll(async () => {
    for (const r of replicas) {
      await Promise.all([r.digests.slack.stop(), r.digests.discord.stop()]);
      await Promise.all([r.slack.stop(), r.discord.stop()]);
      await r.store.close();
    }
    await Promise.all([slackFake?.close(), discordFake?.close()]);
    await dropSchema(url, schema);
    await server?.stop();
  });

  it('GIVEN the timers run for a few seconds THEN every run is claimed once and posted once on each platform, with a PNG', async () => {
    const deadline = Date.now() + 10_000;
    while ((slackFake.files.shared.length < 3 || chartsInDiscord().length < 3) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await Promise.all(replicas.flatMap((r) => [r.digests.slack.stop(), r.digests.discord.stop()]));
    const periods = await claims();
    const slackRuns = periods.filter((p) => p.startsWith('slack:'));
    const discordRuns = periods.filter((p) => p.startsWith('discord:'));
    expect(slackRuns.length).toBeGreaterThanOrEqual(3);
    expect(discordRuns.length).toBeGreaterThanOrEqual(3);
    expect(slackFake.files.shared).toHaveLength(slackRuns.length);
    expect(chartsInDiscord()).toHaveLength(discordRuns.length);
    expect(slackFake.callsOf('chat.postMessage')).toHaveLength(0);
    for (const file of slackFake.files.shared) expect(decodePng(file.bytes)).toMatchObject({ width: 960, height: 480 });
    for (const message of chartsInDiscord()) expect(decodePng(message.files?.[0]?.data ?? Buffer.alloc(0))).toMatchObject({ width: 960, height: 480 });
    // Each comment names its own period: no run was posted twice.
    const slackHeads = slackFake.files.shared.map((f) => f.comment?.split('\n')[0]);
    expect(new Set(slackHeads).size).toBe(slackHeads.length);
    // Both replicas raced for runs: the losers found them claimed.
    const lost = replicas.flatMap((r) => r.lines).filter((l) => l.msg === 'digest already claimed by another replica or shard');
    expect(lost.filter((l) => l.platform === 'slack').length).toBeGreaterThanOrEqual(1);
    expect(lost.filter((l) => l.platform === 'discord').length).toBeGreaterThanOrEqual(1);
  }, 20_000);

  it('GIVEN both replicas run the same five runs at once THEN for each run one posts and the other finds it claimed', async () => {
    const before = { slack: slackFake.files.shared.length, discord: chartsInDiscord().length };
    const runs = Array.from({ length: 5 }, (_, i) => Date.UTC(2026, 10, 30, 9, i));
    for (const platform of ['slack', 'discord'] as const) {
      const results = await Promise.all(runs.map((tick) => Promise.all(replicas.map((r) => r.digests[platform].run(tick)))));
      for (const pair of results) expect([...pair].sort()).toEqual(['claimed-elsewhere', 'image'] satisfies DigestRun[]);
    }
    expect(slackFake.files.shared.length - before.slack).toBe(5);
    expect(chartsInDiscord().length - before.discord).toBe(5);
    expect((await claims()).filter((p) => p.startsWith('slack:2026-11-30T09:0'))).toEqual(runs.map((_, i) => `slack:2026-11-30T09:0${i}`));
  });
});
