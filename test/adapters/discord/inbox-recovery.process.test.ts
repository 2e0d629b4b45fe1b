import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../fakes/cli-bot.js';
import { slashCommand } from '../../fakes/discord-interactions.js';
import { messagePayload, newUser } from '../../fakes/discord-payloads.js';
import type { SentMessage } from '../../fakes/discord-rest-call.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

const inboxEnv = { INBOX_LEASE_MS: '1000', INBOX_POLL_MS: '200', INBOX_RETRY_MIN_MS: '100', INBOX_RETRY_MAX_MS: '400' };

/** The real `ml-advisor start` against the fake Discord, killed with SIGKILL and started again on one SQLite file. */
describe('GIVEN the bot on Discord on SQLite', () => {
  let fake: FakeDiscord;
  let dir: string;
  const bots: RunningBot[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord();
    dir = mkdtempSync(path.join(os.tmpdir(), 'inbox-discord-'));
  });
  afterEach(async () => {
    fake.setOutage(false);
    await Promise.all(bots.splice(0).map((b) => b.kill()));
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = async (db: string): Promise<RunningBot> => {
    const bot = await startBot({
      ...fake.env, SQLITE_PATH: path.join(dir, db), ...inboxEnv,
    });
    bots.push(bot);
    return bot;
  };
  /** A mention of the bot in a channel of the guild; returns the message id. */
  const mention = (channelId: string): string => {
    const guild = fake.guilds[0]!;
    const d = messagePayload({
      author: newUser('ada'), content: `<@${fake.bot.id}> is DeepAR good for demand forecasting?`,
      channelId, guildId: guild.id, mentions: [fake.bot],
    });
    fake.dispatch('MESSAGE_CREATE', d, guild.id);
    return d.id;
  };
  const repliesTo = (id: string) =>
    fake.created.filter((m) => (m.body as SentMessage).message_reference?.message_id === id);
  const attemptsFor = (id: string) =>
    fake.calls.filter((c) => c.method === 'POST' && (c.body as SentMessage | undefined)?.message_reference?.message_id === id);

  it('WHEN it is SIGKILLed with one reply failing with 503 and another created by Discord but not yet recorded as sent THEN after a restart each mention has exactly one reply', async () => {
    const guild = fake.guilds[0]!;
    fake.hangNext((method, p) => method === 'POST' && p === `/channels/${guild.channelId}/messages`);
    const first = await start('bot.db');
    // The hung request holds its channel's REST queue: the other mention is asked in the guild's thread.
    const accepted = mention(guild.channelId);
    await expect.poll(() => repliesTo(accepted).length, { timeout: 20_000 }).toBe(1);
    fake.setOutage(true);
    const outage = mention(guild.threadId);
    await expect.poll(() => attemptsFor(outage).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await first.kill();
    fake.setOutage(false);

    const second = await start('bot.db');
    await expect.poll(() => repliesTo(outage).length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => attemptsFor(accepted).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => second.gauge('ml_advisor_inbox_pending'), { timeout: 20_000 }).toBe(0);
    for (const [id, channelId] of [[outage, guild.threadId], [accepted, guild.channelId]] as const) {
      expect(repliesTo(id)).toHaveLength(1);
      expect(repliesTo(id)[0]?.channelId).toBe(channelId);
      expect(new Set(attemptsFor(id).map((c) => (c.body as { nonce?: string }).nonce)).size).toBe(1);
      expect(attemptsFor(id).every((c) => (c.body as { enforce_nonce?: boolean }).enforce_nonce === true)).toBe(true);
    }
  }, 90_000);

  it('WHEN /ml-start <question> was deferred and it is SIGKILLed while editing the answer in fails with 503 THEN after a restart the deferred response is edited exactly once', async () => {
    const guild = fake.guilds[0]!;
    const first = await start('command.db');
    fake.setOutage(true);
    const place = { user: newUser('grace'), applicationId: fake.applicationId, guildId: guild.id, channelId: guild.channelId };
    const command = slashCommand(place, 'ml-start', [{ name: 'question', value: 'is DeepAR good for demand forecasting?' }]);
    fake.dispatch('INTERACTION_CREATE', command, guild.id);
    const edits = () => fake.calls.filter((c) => c.method === 'PATCH' && c.path.includes(command.token));
    await expect.poll(() => edits().length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await first.kill();
    fake.setOutage(false);

    const second = await start('command.db');
    await expect.poll(() => edits().filter((c) => c.status === 200).length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => second.gauge('ml_advisor_inbox_pending'), { timeout: 20_000 }).toBe(0);
    const callbacks = fake.calls.filter((c) => c.path.startsWith(`/interactions/${command.id}/`));
    expect(callbacks.map((c) => [c.status, (c.body as { type: number }).type])).toEqual([[204, 5]]);
    expect(edits().filter((c) => c.status === 200)).toHaveLength(1);
    expect(String((edits().at(-1)?.body as SentMessage).content).length).toBeGreaterThan(50);
    expect(fake.calls.filter((c) => c.method === 'POST' && c.path.startsWith('/webhooks/'))).toEqual([]);
  }, 90_000);
});
