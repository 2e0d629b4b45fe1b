import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdvisor } from '../../../src/advisor.js';
import type { CoreMessage } from '../../../src/message.js';
import { MemoryStore } from '../../../src/store/memory-store.js';
import { recordingAdvisor } from '../../fakes/discord-advisors.js';
import { startDiscordHarness, type DiscordHarness } from '../../fakes/discord-harness.js';
import { newGuild, newUser } from '../../fakes/discord-payloads.js';
import type { CallbackBody, SentMessage } from '../../fakes/discord-rest-call.js';
import { discordScenes, type DiscordScenes } from '../../fakes/discord-scenes.js';
import { failOnUnhandledRejection } from '../../fakes/discord-unhandled.js';
import { sharedIndex, silentLogger } from '../../fakes/test-advisor.js';

failOnUnhandledRejection();

const admin = newUser('grace');
const ada = newUser('ada');
const bob = newUser('bob');

/** The real adapter on the fake Discord, with a real advisor whose admin is `grace`, on one memory store. */
async function start(env: Record<string, string>): Promise<{ h: DiscordHarness; scenes: DiscordScenes; seen: CoreMessage[]; store: MemoryStore }> {
  const guild = newGuild('Acme');
  const store = new MemoryStore();
  const index = await sharedIndex();
  const advisor = recordingAdvisor(createAdvisor({
    knowledge: index.knowledge, index, store, logger: silentLogger(),
    settings: {
      admins: [admin.id], rateLimit: null,
      channelReading: env.DISCORD_MESSAGE_CONTENT === 'true' ? {} : { discord: 'Turn on the Message Content intent first.' },
    },
  }));
  const h = await startDiscordHarness({ guilds: [guild], advisor, store, env: { DISCORD_EXPERTS_ROLE: guild.expertsRoleId, ...env } });
  return { h, scenes: discordScenes(h.fake, guild), seen: advisor.seen, store };
}

/** Sets a channel's mode as the admin and waits for the answer (the edit of the deferred response). */
async function setMode(h: DiscordHarness, scenes: DiscordScenes, channelId: string, mode: string): Promise<SentMessage> {
  const command = scenes.command(admin, { channelId }, `channel ${mode}`);
  const edit = await h.fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(command.token) && c.status === 200);
  return edit.body as SentMessage;
}

/** A mention answered: everything dispatched before it has been handled by then (give stragglers a moment). */
async function settle(h: DiscordHarness, scenes: DiscordScenes): Promise<void> {
  const id = scenes.say(bob, { channelId: scenes.guild.channelId }, 'what is SageMaker Autopilot?', { mention: true });
  await h.replyTo(id, 10_000);
  await sleep(100);
}

describe('GIVEN the Message Content intent, an experts role and #ask-ml in auto mode', () => {
  let h: DiscordHarness;
  let scenes: DiscordScenes;
  let seen: CoreMessage[];
  beforeAll(async () => {
    ({ h, scenes, seen } = await start({ DISCORD_MESSAGE_CONTENT: 'true' }));
    expect((await setMode(h, scenes, scenes.guild.askChannelId, 'auto')).content).toContain('now in auto mode');
  });
  afterAll(async () => h?.stop());

  it('WHEN a question is posted without a mention THEN the core gets a channel question in the thread the message starts, with the mode and the hand-off', async () => {
    const ask = { channelId: scenes.guild.askChannelId };
    const id = scenes.say(ada, ask, 'How do we label 100k images cheaply?');
    await expect.poll(() => scenes.postsIn(id).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(scenes.threadStarts(id).map((c) => (c.body as { name: string }).name)).toEqual(['How do we label 100k images cheaply?']);
    expect(seen.find((m) => m.text.includes('100k images'))).toMatchObject({
      kind: 'channel', channelMode: 'auto', handoff: true, conversationId: ask.channelId, threadId: id, workspaceId: scenes.guild.id,
    });
    const first = scenes.postsIn(id)[0]!.body;
    expect(first.message_reference).toBeUndefined();
    // A long reply is split over several posts, its buttons under the last one.
    const buttons = () => scenes.postsIn(id).flatMap((p) => p.body.components?.flatMap((r) => r.components.map((b) => b.custom_id)) ?? []);
    await expect.poll(buttons, { timeout: 10_000 }).toContain('handoff:ask');
  });

  it('WHEN a question in the auto channel mentions the bot THEN it is answered once, as a mention in the channel, with no thread', async () => {
    const id = scenes.say(ada, { channelId: scenes.guild.askChannelId }, 'how do I monitor model drift in production?', { mention: true });
    await h.replyTo(id);
    await settle(h, scenes);
    expect(scenes.threadStarts(id)).toEqual([]);
    expect(seen.filter((m) => m.text === 'how do I monitor model drift in production?').map((m) => [m.kind, m.channelMode])).toEqual([['mention', 'auto']]);
    expect(h.fake.created.filter((m) => (m.body as SentMessage).message_reference?.message_id === id)).toHaveLength(1);
  });

  it('WHEN a forum post is made while the forum is in mention mode, then after it is set to auto THEN only the later post is answered, in the post, from its title and text', async () => {
    const quiet = h.fake.forumPost(scenes.guild, ada, 'Feature store?', 'Do we need a feature store for two models?');
    await settle(h, scenes);
    expect(scenes.postsIn(quiet)).toEqual([]);
    await setMode(h, scenes, scenes.guild.forumId, 'auto');
    const post = h.fake.forumPost(scenes.guild, ada, 'DeepAR for demand?', 'Is DeepAR good for demand forecasting across 300 stores?');
    await expect.poll(() => scenes.postsIn(post).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(scenes.postsIn(post)[0]!.body.message_reference?.message_id).toBe(post);
    expect(scenes.threadStarts(post)).toEqual([]);
    expect(seen.find((m) => m.threadId === post)).toMatchObject({
      kind: 'channel', channelMode: 'auto', conversationId: scenes.guild.forumId,
      text: 'DeepAR for demand?\n\nIs DeepAR good for demand forecasting across 300 stores?',
    });
    expect(scenes.postsIn(post)[0]!.body.content).toMatch(/DeepAR/);
  });

  it('WHEN the asker clicks "Ask a person" and an expert marks it resolved THEN the click carries whether the clicker has the experts role', async () => {
    const id = scenes.say(ada, { channelId: scenes.guild.askChannelId }, 'how should we version our training data?');
    // A long answer comes in several messages; the last one carries the buttons.
    const hasAsk = (p: ReturnType<typeof scenes.postsIn>[number]) =>
      (p.body.components ?? []).some((r) => r.components.some((b) => b.custom_id === 'handoff:ask'));
    await expect.poll(() => scenes.postsIn(id).some(hasAsk), { timeout: 10_000 }).toBe(true);
    const answer = scenes.postsIn(id).find(hasAsk)!;
    const parts = scenes.postsIn(id).length;
    const thread = { channelId: id, parentId: scenes.guild.askChannelId };
    const ask = scenes.click(ada, thread, 'handoff:ask', answer.id);
    const ack = (await h.fake.waitFor((c) => c.path.startsWith(`/interactions/${ask.id}/`))).body as CallbackBody;
    expect(ack.type).toBe(6);
    await expect.poll(() => scenes.postsIn(id).length, { timeout: 10_000 }).toBe(parts + 1);
    scenes.click(bob, thread, 'handoff:resolve', answer.id, [scenes.guild.expertsRoleId]);
    await expect.poll(() => scenes.postsIn(id).length, { timeout: 10_000 }).toBe(parts + 2);
    expect(seen.filter((m) => m.kind === 'action' && m.threadId === id).map((m) => [m.text, m.userId, m.expert, m.handoff, m.channelMode])).toEqual([
      ['handoff:ask', ada.id, false, true, 'auto'],
      ['handoff:resolve', bob.id, true, true, 'auto'],
    ]);
    expect(scenes.postsIn(id)[parts + 1]!.body.content).toContain('Marked resolved');
  });
});

describe('GIVEN no Message Content intent (the default)', () => {
  let h: DiscordHarness;
  let scenes: DiscordScenes;
  let seen: CoreMessage[];
  let store: MemoryStore;
  beforeAll(async () => {
    ({ h, scenes, seen, store } = await start({}));
  });
  afterAll(async () => h?.stop());

  it('WHEN the gateway is identified THEN the privileged intent is not asked for', () => {
    expect(h.fake.gateway.lastIntents & (1 << 15)).toBe(0);
  });

  it('WHEN a channel was left in auto mode from before THEN its unmentioned messages are not read', async () => {
    await store.setChannelMode({ platform: 'discord', channelId: scenes.guild.askChannelId, mode: 'auto', setBy: 'x', at: Date.now() });
    const id = scenes.say(ada, { channelId: scenes.guild.askChannelId }, 'How do we label 100k images cheaply?');
    await settle(h, scenes);
    expect(scenes.threadStarts(id)).toEqual([]);
    expect(seen.some((m) => m.userId === ada.id)).toBe(false);
  });

  it('WHEN the asker of a mention in a thread replies to the bot (the reply pings it, so its text is given) THEN that follow-up is answered; an unmentioned one is not', async () => {
    const thread = { channelId: scenes.guild.threadId, parentId: scenes.guild.channelId };
    const question = scenes.say(ada, thread, 'is DeepAR good for demand forecasting?', { mention: true });
    const answer = await h.replyTo(question);
    const answerId = h.fake.created.find((m) => (m.body as SentMessage).message_reference?.message_id === question)!.id;
    expect(answer.body.content).toMatch(/DeepAR/);
    const plain = scenes.say(ada, thread, 'and how much history does it need?');
    const reply = scenes.say(ada, thread, 'tell me more', { replyTo: { id: answerId, author: h.fake.bot } });
    await h.replyTo(reply, 10_000);
    await settle(h, scenes);
    expect(seen.filter((m) => m.threadId === thread.channelId && m.userId === ada.id).map((m) => [m.kind, m.text])).toEqual([
      ['mention', 'is DeepAR good for demand forecasting?'],
      ['thread', 'tell me more'],
    ]);
    expect(h.fake.created.filter((m) => (m.body as SentMessage).message_reference?.message_id === plain)).toEqual([]);
  });
});

describe('GIVEN the Message Content intent and a channel command whose reply is slow to go out', () => {
  let h: DiscordHarness;
  let scenes: DiscordScenes;
  beforeAll(async () => {
    ({ h, scenes } = await start({ DISCORD_MESSAGE_CONTENT: 'true' }));
  });
  afterAll(async () => h?.stop());

  it('WHEN a question arrives after the mode was set but before the reply is sent THEN it already sees the new mode', async () => {
    const ask = { channelId: scenes.guild.askChannelId };
    // The command reads the channel's old mode (and caches it) before the core sets the new one; its reply, the
    // edit of the deferred response, never gets an answer here, as on a slow network.
    h.fake.hangNext((method, path) => method === 'PATCH' && path.includes('/messages/@original'));
    const command = scenes.command(admin, ask, 'channel auto');
    await h.fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(command.token));
    const id = scenes.say(ada, ask, 'How do we label 100k images cheaply?');
    await expect.poll(() => scenes.threadStarts(id).length, { timeout: 10_000 }).toBeGreaterThan(0);
  });
});
