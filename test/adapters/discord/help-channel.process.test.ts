import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../../adapters/store/postgres-store.js';
import { SqliteStore } from '../../../adapters/store/sqlite-store.js';
import { startBot, type RunningBot } from '../../fakes/cli-bot.js';
import { MESSAGE_CONTENT_INTENT } from '../../fakes/discord-message-content.js';
import { newUser } from '../../fakes/discord-payloads.js';
import type { SentMessage } from '../../fakes/discord-rest-call.js';
import { discordScenes, type DiscordScenes, type Spot } from '../../fakes/discord-scenes.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { dropSchema, freshSchema, testPostgres } from '../../fakes/store-postgres.js';
import { silentLogger } from '../../fakes/test-advisor.js';

/**
 * Issue 11's "done when", on Discord: the real `ml-advisor start` against the fake Discord (whose gateway blanks the
 * content of messages that do not mention the bot unless the Message Content intent was asked for, as Discord does).
 */
const admin = newUser('grace');
const ada = newUser('ada');
const bob = newUser('bob');
const cecile = newUser('cecile');

const refusal = 'Discord only lets me read messages that mention me unless the Message Content intent is on';

/** What every bot here gets: the fake, an admin, no rate limit (one person asks a lot), the test's index cache. */
function baseEnv(fake: FakeDiscord): Record<string, string> {
  return {
    ...fake.env, ADMIN_USER_IDS: admin.id, RATE_LIMIT_PER_MINUTE: '0', INBOX_POLL_MS: '200',
    ...(process.env.ML_ADVISOR_CACHE_DIR ? { ML_ADVISOR_CACHE_DIR: process.env.ML_ADVISOR_CACHE_DIR } : {}),
  };
}

/** `/ml-start <question>` by `user` in `spot`; resolves with the edited-in answer's content. */
async function command(fake: FakeDiscord, scenes: DiscordScenes, user: typeof admin, spot: Spot, question: string): Promise<string> {
  const d = scenes.command(user, spot, question);
  const edit = await fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(d.token) && c.status === 200, 20_000);
  return String((edit.body as SentMessage).content);
}

/** A mention answered: the messages dispatched before it were read by then (plus a moment for stragglers). */
async function settle(fake: FakeDiscord, scenes: DiscordScenes): Promise<void> {
  const id = scenes.say(cecile, { channelId: scenes.guild.threadId, parentId: scenes.guild.channelId }, 'what is SageMaker Autopilot?', { mention: true });
  await fake.waitFor((c) => c.method === 'POST' && c.status < 300 && (c.body as SentMessage).message_reference?.message_id === id, 20_000);
  await sleep(300);
}

/** What the bot posts in a thread after `act` (the posts there before it are left out): the first new one. */
async function nextPost(scenes: DiscordScenes, threadId: string, act: () => void) {
  const before = scenes.postsIn(threadId).length;
  act();
  await expect.poll(() => scenes.postsIn(threadId).length, { timeout: 20_000 }).toBeGreaterThan(before);
  return scenes.postsIn(threadId)[before]!;
}

/** The bot's posts in a thread, once there are at least `count`. */
async function postsIn(scenes: DiscordScenes, threadId: string, count = 1) {
  await expect.poll(() => scenes.postsIn(threadId).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
  return scenes.postsIn(threadId);
}

describe('GIVEN the bot on Discord with the Message Content intent and an experts role (SQLite)', () => {
  let fake: FakeDiscord;
  let scenes: DiscordScenes;
  let bot: RunningBot;
  let dir: string;
  let role: string;
  beforeAll(async () => {
    fake = await startFakeDiscord();
    scenes = discordScenes(fake);
    role = scenes.guild.expertsRoleId;
    dir = mkdtempSync(path.join(os.tmpdir(), 'help-channel-discord-'));
    bot = await startBot({
      ...baseEnv(fake), SQLITE_PATH: path.join(dir, 'bot.db'), DISCORD_MESSAGE_CONTENT: 'true', DISCORD_EXPERTS_ROLE: role,
    });
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const ask = (): Spot => ({ channelId: scenes.guild.askChannelId });
  const threadOf = (id: string): Spot => ({ channelId: id, parentId: scenes.guild.askChannelId });

  it('WHEN an admin sets #ask-ml and the forum to auto THEN a question without a mention is answered in its thread, a forum post in the post, and "lunch?" gets nothing', async () => {
    expect(fake.gateway.lastIntents & MESSAGE_CONTENT_INTENT).toBe(MESSAGE_CONTENT_INTENT);
    expect(await command(fake, scenes, ada, ask(), 'channel auto')).toContain('Only admins can change the channel mode');
    expect(await command(fake, scenes, admin, ask(), 'channel auto')).toContain('This channel is now in auto mode');
    // A forum has no message box: its mode is set from within one of its posts (this one, made in mention mode, gets nothing).
    const welcome = fake.forumPost(scenes.guild, admin, 'Welcome', 'Ask your ML questions here, one post each.');
    expect(await command(fake, scenes, admin, { channelId: welcome, parentId: scenes.guild.forumId }, 'channel auto')).toContain('now in auto mode');

    const question = scenes.say(ada, ask(), 'How do we label 100k images cheaply?');
    const [answer] = await postsIn(scenes, question);
    expect(scenes.threadStarts(question).map((c) => (c.body as { name?: string }).name)).toEqual(['How do we label 100k images cheaply?']);
    expect(answer!.body.content).toMatch(/label/i);
    // A long reply is split over several posts, its buttons under the last one.
    const buttons = () => scenes.postsIn(question).flatMap((p) => p.body.components?.flatMap((r) => r.components.map((b) => b.label)) ?? []);
    await expect.poll(buttons, { timeout: 20_000 }).toContain('Ask a person');

    const post = fake.forumPost(scenes.guild, bob, 'Monitoring drift', 'How do I monitor model drift in production?');
    const [inPost] = await postsIn(scenes, post);
    expect(inPost!.body.message_reference?.message_id).toBe(post);
    expect(inPost!.body.content).toMatch(/drift/i);

    const lunch = scenes.say(bob, ask(), 'lunch?');
    await settle(fake, scenes);
    expect(scenes.postsIn(welcome)).toEqual([]);
    expect(scenes.threadStarts(lunch)).toEqual([]);
    expect(fake.created.filter((m) => m.channelId === lunch || (m.body as SentMessage).message_reference?.message_id === lunch)).toEqual([]);
  }, 60_000);

  it('WHEN #general is confident THEN a question it cannot answer gets nothing, not even a thread, and a confident one is answered', async () => {
    const general = { channelId: scenes.guild.channelId };
    expect(await command(fake, scenes, admin, general, 'channel confident')).toContain('now in confident mode');
    const fallback = scenes.say(bob, general, 'What is the best pizza topping in Naples?');
    const confident = scenes.say(bob, general, 'is DeepAR good for demand forecasting?');
    const [answer] = await postsIn(scenes, confident);
    expect(answer!.body.content).toMatch(/DeepAR/);
    await settle(fake, scenes);
    expect(scenes.threadStarts(fallback)).toEqual([]);
    expect(scenes.postsIn(fallback)).toEqual([]);
  }, 60_000);

  it('WHEN the asker follows up in the thread without a mention THEN it is answered with context; after a colleague writes there, the asker gets nothing', async () => {
    const question = scenes.say(ada, ask(), 'is DeepAR good for demand forecasting?');
    await postsIn(scenes, question);
    await sleep(300);
    let followUp = '';
    const more = await nextPost(scenes, question, () => (followUp = scenes.say(ada, threadOf(question), 'tell me more')));
    expect(more.body.message_reference?.message_id).toBe(followUp);
    expect(more.body.content).toMatch(/DeepAR|forecast/i);
    expect(more.body.content).not.toContain('not sure I can help');
    await settle(fake, scenes);
    const answered = scenes.postsIn(question).length;

    scenes.say(bob, threadOf(question), 'we tried Prophet first, it was fine for us');
    scenes.say(ada, threadOf(question), 'how much history does it need?');
    await settle(fake, scenes);
    expect(scenes.postsIn(question)).toHaveLength(answered);
  }, 60_000);

  it('WHEN "Ask a person" is clicked THEN exactly the experts role is pinged, once; "Mark resolved" by someone else is refused, by the asker or an expert it is recorded', async () => {
    const first = scenes.say(ada, ask(), 'how should we version our training data?');
    const answer = (await postsIn(scenes, first)).at(-1)!;
    const handOff = await nextPost(scenes, first, () => scenes.click(ada, threadOf(first), 'handoff:ask', answer.id));
    expect(handOff.body.content?.startsWith(`<@&${role}>`)).toBe(true);
    expect(handOff.body.allowed_mentions).toEqual({ parse: [], replied_user: false, roles: [role] });
    expect(handOff.body.message_reference?.message_id).toBe(answer.id);
    expect(handOff.body.components?.flatMap((r) => r.components.map((b) => b.custom_id))).toContain('handoff:resolve');
    const again = await nextPost(scenes, first, () => scenes.click(bob, threadOf(first), 'handoff:ask', answer.id));
    expect(again.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(again.body.content).toContain('already been asked');

    const refused = await nextPost(scenes, first, () => scenes.click(bob, threadOf(first), 'handoff:resolve', handOff.id));
    expect(refused.body.content).toContain('Only the asker or an expert can resolve this');
    const byAsker = await nextPost(scenes, first, () => scenes.click(ada, threadOf(first), 'handoff:resolve', handOff.id));
    expect(byAsker.body.content).toContain('Marked resolved');

    const second = scenes.say(bob, ask(), 'how do we estimate the cost of a SageMaker endpoint?');
    const answer2 = (await postsIn(scenes, second)).at(-1)!;
    const handOff2 = await nextPost(scenes, second, () => scenes.click(bob, threadOf(second), 'handoff:ask', answer2.id));
    const byExpert = await nextPost(scenes, second, () => scenes.click(cecile, threadOf(second), 'handoff:resolve', handOff2.id, [role]));
    expect(byExpert.body.content).toContain('Marked resolved');

    const db = new Database(path.join(dir, 'bot.db'), { readonly: true });
    try {
      const rows = db.prepare('SELECT thread_key, channel_mode, resolved_at FROM escalations ORDER BY at').all() as { thread_key: string; channel_mode: string; resolved_at: number | null }[];
      expect(rows.map((r) => [r.thread_key, r.channel_mode, r.resolved_at !== null])).toEqual([
        [`discord:${scenes.guild.askChannelId}:${first}`, 'auto', true],
        [`discord:${scenes.guild.askChannelId}:${second}`, 'auto', true],
      ]);
    } finally {
      db.close();
    }
  }, 60_000);

  it('THEN no message the bot sent pings anyone, except the hand-off, which pings only the experts role', () => {
    const sent = fake.calls.filter((c) => c.status < 300 && ((c.method === 'POST' && /^\/(channels\/\d+\/messages|webhooks\/)/.test(c.path) && !c.path.endsWith('/threads')) || c.method === 'PATCH'));
    expect(sent.length).toBeGreaterThan(20);
    const tagged = sent.filter((c) => (c.body as SentMessage).allowed_mentions?.roles);
    expect(tagged).toHaveLength(2);
    for (const call of sent) {
      const body = call.body as SentMessage;
      const isTagged = tagged.includes(call);
      expect(body.allowed_mentions).toEqual(isTagged ? { parse: [], replied_user: false, roles: [role] } : { parse: [], replied_user: false });
      const content = String(body.content ?? '');
      expect(content.startsWith(`<@&${role}>`)).toBe(isTagged);
      // Past the role mention, nothing in the text is a mention (user text is escaped).
      expect(content.slice(isTagged ? role.length + 4 : 0)).not.toMatch(/(^|[^\\])<@/);
    }
  });
});

describe('GIVEN the bot on Discord with the Message Content intent, down for a while (SQLite)', () => {
  let fake: FakeDiscord;
  let scenes: DiscordScenes;
  let dir: string;
  const bots: RunningBot[] = [];
  beforeAll(async () => {
    fake = await startFakeDiscord();
    scenes = discordScenes(fake);
    dir = mkdtempSync(path.join(os.tmpdir(), 'help-channel-catch-up-'));
    const store = SqliteStore.open({ path: path.join(dir, 'bot.db'), logger: silentLogger() });
    for (const channelId of [scenes.guild.askChannelId, scenes.guild.forumId]) {
      await store.setChannelMode({ platform: 'discord', channelId, mode: 'auto', setBy: 'x', at: Date.now() });
    }
    await store.close();
  });
  afterAll(async () => {
    await Promise.all(bots.map((b) => b.kill()));
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('WHEN a follow-up, a new question and a forum post arrive while it is down THEN after a restart each is answered once, where it belongs', async () => {
    const env = { ...baseEnv(fake), SQLITE_PATH: path.join(dir, 'bot.db'), DISCORD_MESSAGE_CONTENT: 'true' };
    const first = await startBot(env);
    bots.push(first);
    const asked = scenes.say(ada, { channelId: scenes.guild.askChannelId }, 'is DeepAR good for demand forecasting?');
    const answered = (await postsIn(scenes, asked)).length;
    await expect.poll(() => first.gauge('ml_advisor_inbox_pending'), { timeout: 20_000 }).toBe(0);
    await first.kill();

    const followUp = scenes.say(ada, { channelId: asked, parentId: scenes.guild.askChannelId }, 'tell me more');
    const question = scenes.say(bob, { channelId: scenes.guild.askChannelId }, 'How do we label 100k images cheaply?');
    const post = fake.forumPost(scenes.guild, cecile, 'Monitoring drift', 'How do I monitor model drift in production?');
    const second = await startBot(env);
    bots.push(second);
    const replies = (id: string) => fake.created.filter((m) => (m.body as SentMessage).message_reference?.message_id === id);
    await expect.poll(() => [replies(followUp).length, scenes.postsIn(question).length > 0, replies(post).length], { timeout: 30_000 }).toEqual([1, true, 1]);
    await expect.poll(() => second.gauge('ml_advisor_inbox_pending'), { timeout: 20_000 }).toBe(0);
    expect(replies(followUp)[0]!.channelId).toBe(asked);
    expect(scenes.postsIn(asked).length).toBeGreaterThan(answered);
    expect(scenes.threadStarts(question).filter((c) => c.status === 201)).toHaveLength(1);
    expect(replies(post)[0]!.channelId).toBe(post);
  }, 90_000);
});

describe('GIVEN the bot on Discord without the Message Content intent (SQLite)', () => {
  let fake: FakeDiscord;
  let scenes: DiscordScenes;
  let bot: RunningBot;
  let dir: string;
  beforeAll(async () => {
    fake = await startFakeDiscord();
    scenes = discordScenes(fake);
    dir = mkdtempSync(path.join(os.tmpdir(), 'help-channel-no-intent-'));
    // #ask-ml left in auto mode from a time the intent was on.
    const store = SqliteStore.open({ path: path.join(dir, 'bot.db'), logger: silentLogger() });
    await store.setChannelMode({ platform: 'discord', channelId: scenes.guild.askChannelId, mode: 'auto', setBy: 'x', at: Date.now() });
    await store.close();
    bot = await startBot({ ...baseEnv(fake), SQLITE_PATH: path.join(dir, 'bot.db'), DISCORD_EXPERTS_ROLE: scenes.guild.expertsRoleId });
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('WHEN an admin asks for auto THEN it is refused with the reason, and unmentioned questions are not answered', async () => {
    expect(fake.gateway.lastIntents & MESSAGE_CONTENT_INTENT).toBe(0);
    const answer = await command(fake, scenes, admin, { channelId: scenes.guild.channelId }, 'channel auto');
    expect(answer).toContain('The auto mode is not available here');
    expect(answer).toContain(refusal);
    const question = scenes.say(ada, { channelId: scenes.guild.askChannelId }, 'How do we label 100k images cheaply?');
    const mentioned = scenes.say(ada, { channelId: scenes.guild.askChannelId }, 'how do I monitor model drift in production?', { mention: true });
    await fake.waitFor((c) => c.method === 'POST' && c.status < 300 && (c.body as SentMessage).message_reference?.message_id === mentioned, 20_000);
    await settle(fake, scenes);
    expect(scenes.threadStarts(question)).toEqual([]);
    expect(fake.created.filter((m) => m.channelId === question || (m.body as SentMessage).message_reference?.message_id === question)).toEqual([]);
  }, 60_000);
});

const server = testPostgres();

describe.runIf(server)('GIVEN two replicas of the bot on one PostgreSQL', () => {
  let fake: FakeDiscord;
  let scenes: DiscordScenes;
  const bots: RunningBot[] = [];
  const schema = freshSchema('discord_modes');
  let url: string;
  beforeAll(async () => {
    url = (server as { url: string }).url;
    // The schema exists before the bots connect to it (their URL picks it with search_path).
    await (await PostgresStore.open({ url, schema, logger: silentLogger() })).close();
    fake = await startFakeDiscord();
    scenes = discordScenes(fake);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(bots.map((b) => b.stop()));
    await fake?.close();
    if (server) {
      await dropSchema(server.url, schema);
      await server.stop();
    }
  });

  it('WHEN an admin sets #ask-ml to auto through the first THEN the second, which takes over the gateway, answers its unmentioned questions', async () => {
    const env = { ...baseEnv(fake), DATABASE_URL: `${url}?options=-c%20search_path%3D${schema}`, DISCORD_MESSAGE_CONTENT: 'true' };
    bots.push(await startBot(env));
    expect(await command(fake, scenes, admin, { channelId: scenes.guild.askChannelId }, 'channel auto')).toContain('now in auto mode');
    const identified = fake.gateway.identifies;
    bots.push(await startBot(env));
    await expect.poll(() => fake.gateway.identifies, { timeout: 20_000 }).toBe(identified + 1);
    const question = scenes.say(ada, { channelId: scenes.guild.askChannelId }, 'How do we label 100k images cheaply?');
    const [answer] = await postsIn(scenes, question);
    expect(answer!.body.content).toMatch(/label/i);
    expect(await command(fake, scenes, ada, { channelId: scenes.guild.askChannelId }, 'channel')).toContain("This channel's mode: auto");
  }, 90_000);
});
