import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../fakes/cli-bot.js';
import { messagePayload, newUser, type FakeUser } from '../../fakes/discord-payloads.js';
import type { SentMessage } from '../../fakes/discord-rest-call.js';
import { snowflake } from '../../fakes/discord-snowflake.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

/**
 * The real `ml-advisor start` against the fake Discord, whose gateway never replays to a new session (as
 * Discord's): what was said while the bot was down is read back from channel history after a restart.
 */
describe('GIVEN the bot on Discord on SQLite, down for a while', () => {
  let fake: FakeDiscord;
  let dir: string;
  const bots: RunningBot[] = [];
  const ada = newUser('ada');

  beforeAll(async () => {
    fake = await startFakeDiscord();
    dir = mkdtempSync(path.join(os.tmpdir(), 'catch-up-discord-'));
  });
  afterEach(async () => {
    await Promise.all(bots.splice(0).map((b) => b.kill()));
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = async (db: string, env: Record<string, string> = {}): Promise<RunningBot> => {
    const bot = await startBot({
      ...fake.env, SQLITE_PATH: path.join(dir, db), INBOX_POLL_MS: '200', ...env,
    });
    bots.push(bot);
    return bot;
  };
  const say = (channelId: string, content: string, options: { guild?: boolean; author?: FakeUser } = {}): string => {
    const guild = fake.guilds[0]!;
    const inGuild = options.guild ?? true;
    const d = messagePayload({
      author: options.author ?? ada, content, channelId,
      ...(inGuild ? { guildId: guild.id, mentions: content.includes(`<@${fake.bot.id}>`) ? [fake.bot] : [] } : {}),
    });
    fake.dispatch('MESSAGE_CREATE', d, inGuild ? guild.id : undefined);
    return d.id;
  };
  const mention = (channelId: string, question: string) => say(channelId, `<@${fake.bot.id}> ${question}`);
  const repliesTo = (id: string) => fake.created.filter((m) => (m.body as SentMessage).message_reference?.message_id === id);
  const caughtUp = (bot: RunningBot) => bot.output().includes('discord catch-up after a new session');

  it('WHEN mentions and a DM arrive while it is down THEN after a restart each is answered once, in its channel, and chatter is not', async () => {
    const guild = fake.guilds[0]!;
    const dm = snowflake();
    const first = await start('bot.db');
    const before = mention(guild.channelId, 'is DeepAR good for demand forecasting?');
    const dmBefore = say(dm, 'how do we label 100k images?', { guild: false });
    await expect.poll(() => repliesTo(before).length + repliesTo(dmBefore).length, { timeout: 20_000 }).toBe(2);
    // Both records closed before the kill: this test is about messages sent while the bot is down, not about a kill
    // between a reply and its record's close (on a loaded machine that close can still be in flight here).
    await expect.poll(() => first.gauge('ml_advisor_inbox_pending'), { timeout: 20_000 }).toBe(0);
    await first.kill();

    const inChannel = mention(guild.channelId, 'how do I monitor model drift in production?');
    const inThread = mention(guild.threadId, 'do we need a feature store?');
    const chatter = say(guild.channelId, 'lunch anyone?');
    const dmWhileDown = say(dm, 'what does a GPU instance cost per hour?', { guild: false });
    const second = await start('bot.db');
    await expect.poll(() => [inChannel, inThread, dmWhileDown].map((id) => repliesTo(id).length), { timeout: 30_000 }).toEqual([1, 1, 1]);
    await expect.poll(() => caughtUp(second), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => second.gauge('ml_advisor_inbox_pending'), { timeout: 20_000 }).toBe(0);

    expect(repliesTo(inChannel)[0]?.channelId).toBe(guild.channelId);
    expect(repliesTo(inThread)[0]?.channelId).toBe(guild.threadId);
    expect(repliesTo(dmWhileDown)[0]?.channelId).toBe(dm);
    expect([before, dmBefore, chatter].map((id) => repliesTo(id).length)).toEqual([1, 1, 0]);
    const reads = fake.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/messages'));
    expect(reads.length).toBeGreaterThanOrEqual(3);
    expect(reads.every((c) => new URLSearchParams(c.query).has('after'))).toBe(true);
  }, 120_000);

  it('WHEN it restarts with a backlog THEN a mention made right after the restart is answered before history is read', async () => {
    const guild = fake.guilds[0]!;
    const env = { INBOX_BACKLOG_DELAY_MS: '3000' };
    const first = await start('order.db', env);
    const before = mention(guild.channelId, 'how do we start with machine learning?');
    await expect.poll(() => repliesTo(before).length, { timeout: 20_000 }).toBe(1);
    await first.kill();
    const whileDown = mention(guild.channelId, 'how do we label 100k images?');
    const restartedAt = performance.now();
    const second = await start('order.db', env);
    const live = mention(guild.channelId, 'how do I monitor model drift in production?');
    await expect.poll(() => repliesTo(live).length, { timeout: 20_000 }).toBe(1);
    const readsSince = () => fake.calls.filter((c) => c.at > restartedAt && c.method === 'GET' && c.path.endsWith('/messages'));
    expect(readsSince()).toEqual([]);
    await expect.poll(() => repliesTo(whileDown).length, { timeout: 30_000 }).toBe(1);
    expect(readsSince().length).toBeGreaterThan(0);
    expect(caughtUp(second)).toBe(true);
  }, 120_000);

  it('WHEN it starts on a store with no recent arrivals THEN older history is not answered, and new mentions are', async () => {
    const guild = fake.guilds[0]!;
    const old = mention(guild.channelId, 'what is SageMaker Autopilot?');
    const bot = await start('fresh.db');
    await expect.poll(() => caughtUp(bot), { timeout: 10_000 }).toBe(true);
    const fresh = mention(guild.channelId, 'what is SageMaker Ground Truth?');
    await expect.poll(() => repliesTo(fresh).length, { timeout: 20_000 }).toBe(1);
    expect(repliesTo(old)).toEqual([]);
    expect(bot.output()).toContain('no recent arrivals');
  }, 120_000);
});
