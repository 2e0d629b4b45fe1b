import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingAdvisor } from '../../fakes/discord-advisors.js';
import { startDiscordHarness, type DiscordHarness } from '../../fakes/discord-harness.js';
import { messagePayload, newUser } from '../../fakes/discord-payloads.js';
import type { SentMessage } from '../../fakes/discord-rest-call.js';
import { failOnUnhandledRejection } from '../../fakes/discord-unhandled.js';
import { shippedKnowledge, testAdvisor } from '../../fakes/test-advisor.js';

failOnUnhandledRejection();

/** True when no reply to `id` arrives within `ms` (a reply already recorded counts as one). */
const noReplyWithin = async (h: DiscordHarness, id: string, ms = 400): Promise<boolean> => {
  const before = h.fake.calls.length;
  await new Promise((resolve) => setTimeout(resolve, ms));
  return !h.fake.calls.slice(before).some((c) => (c.body as SentMessage | undefined)?.message_reference?.message_id === id);
};

describe('GIVEN the Discord adapter connected to a fake Discord', () => {
  let h: DiscordHarness;
  let advisor: Awaited<ReturnType<typeof recordingAdvisor>>;
  beforeAll(async () => {
    advisor = recordingAdvisor((await testAdvisor()).advisor);
    h = await startDiscordHarness({ advisor });
  });
  afterAll(async () => h?.stop());

  it('WHEN a guild message mentions the bot THEN it replies to that message, mentioning nobody', async () => {
    const id = h.say('how do we start with ML?');
    const reply = await h.replyTo(id);
    expect(reply.path).toBe(`/channels/${h.guild.channelId}/messages`);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.content ?? reply.body.embeds).toBeTruthy();
    const seen = advisor.seen.at(-1)!;
    expect(seen).toMatchObject({
      platform: 'discord', kind: 'mention', text: 'how do we start with ML?', userId: h.user.id,
      conversationId: h.guild.channelId, threadId: h.guild.channelId, workspaceId: h.guild.id,
    });
  });

  it('WHEN someone writes "@everyone hi" or does not mention the bot THEN there is no reply', async () => {
    const before = advisor.seen.length;
    expect(await noReplyWithin(h, h.say('@everyone hi', { mention: false, everyone: true }))).toBe(true);
    expect(await noReplyWithin(h, h.say('just chatting', { mention: false }))).toBe(true);
    expect(advisor.seen.length).toBe(before);
  });

  it('WHEN a bot (even one mentioning us) writes THEN it is ignored', async () => {
    const other = { ...newUser('other-bot'), bot: true };
    expect(await noReplyWithin(h, h.say('ping', { author: other }))).toBe(true);
  });

  it('WHEN the user mentions the bot in a thread THEN the conversation is the parent channel and the thread is kept', async () => {
    const id = h.say('follow-up in the thread', { channelId: h.guild.threadId });
    const reply = await h.replyTo(id);
    expect(reply.path).toBe(`/channels/${h.guild.threadId}/messages`);
    expect(advisor.seen.at(-1)).toMatchObject({ conversationId: h.guild.channelId, threadId: h.guild.threadId });
  });

  it('WHEN a user sends two DMs THEN both reach the core as one conversation and both are answered', async () => {
    const entry = (await shippedKnowledge()).entries[0]!;
    const first = h.dm(`entry:${entry.id}`);
    const firstReply = await h.replyTo(first);
    expect(firstReply.body.content).toContain(entry.title.slice(0, 10));
    const second = h.dm('and what does it cost?');
    await h.replyTo(second);
    const [a, b] = advisor.seen.slice(-2);
    expect(a).toMatchObject({ kind: 'dm', userId: h.user.id });
    expect(b).toMatchObject({ kind: 'dm', userId: h.user.id, text: 'and what does it cost?' });
    expect(b!.conversationId).toBe(a!.conversationId);
    expect(b!.threadId).toBe(a!.threadId);
    expect(a!.workspaceId).toBeUndefined();
  });

  // discord.js itself drops a MESSAGE_CREATE for a message it has cached; the adapter's own dedupe (by id, in the
  // shared store) is what covers replicas and restarts: see on-message-create.test.ts.
  it('WHEN the same MESSAGE_CREATE arrives twice THEN it is answered once', async () => {
    const id = h.say('twice please');
    await h.replyTo(id);
    const before = h.fake.calls.length;
    const again = messagePayload({
      id, author: h.user, content: `<@${h.fake.bot.id}> twice please`, channelId: h.guild.channelId, guildId: h.guild.id, mentions: [h.fake.bot],
    });
    h.fake.dispatch('MESSAGE_CREATE', again, h.guild.id);
    expect(await noReplyWithin(h, id)).toBe(true);
    const replies = h.fake.calls.slice(before).filter((c) => (c.body as SentMessage | undefined)?.message_reference?.message_id === id);
    expect(replies).toHaveLength(0);
  });

  it('WHEN Discord answers 429 with Retry-After THEN the reply is sent once the wait is over', async () => {
    h.fake.rateLimitNext(1, 0.3, (method, path) => method === 'POST' && path.endsWith('/messages'));
    const t0 = performance.now();
    const id = h.say('rate limited?');
    const reply = await h.replyTo(id);
    expect(reply.status).toBe(200);
    const limited = h.fake.calls.filter((c) => c.status === 429 && c.at >= t0);
    expect(limited).toHaveLength(1);
    expect(reply.at - limited[0]!.at).toBeGreaterThanOrEqual(250);
  });

  it('WHEN the gateway closes with 4000 THEN the client RESUMEs and messages sent meanwhile are answered', async () => {
    const identifies = h.fake.gateway.identifies;
    h.fake.gateway.closeAll(4000);
    const id = h.say('are you still there?');
    const reply = await h.replyTo(id, 10_000);
    expect(reply.status).toBe(200);
    expect(h.fake.gateway.resumes).toBe(1);
    expect(h.fake.gateway.identifies).toBe(identifies);
    expect(await h.replyTo(h.say('and after the resume?'))).toBeTruthy();
  });
});
