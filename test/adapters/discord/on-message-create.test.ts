import type { Message } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { defaultCatchUp } from '../../../adapters/discord/catch-up.js';
import { ChannelModeCache } from '../../../adapters/channels/channel-mode-cache.js';
import { inOrder } from '../../../adapters/discord/in-order.js';
import { onMessageCreate } from '../../../adapters/discord/on-message-create.js';
import type { HandlerDeps } from '../../../adapters/discord/handler-deps.js';
import type { Advisor } from '../../../src/advisor.js';
import { createInboxRunner } from '../../../src/inbox/inbox-runner.js';
import { defaultInboxSettings } from '../../../src/inbox/inbox-settings.js';
import type { InboxRecord } from '../../../src/store/inbox.js';
import { MemoryStore } from '../../../src/store/memory-store.js';
import { scriptedAdvisor } from '../../fakes/discord-advisors.js';
import { silentLogger, testAdvisor } from '../../fakes/test-advisor.js';

/** Handler deps whose inbox sends into a list (a collecting channel) instead of Discord. */
function collectingDeps(advisor: Advisor): { deps: HandlerDeps; sent: InboxRecord[] } {
  const store = new MemoryStore();
  const sent: InboxRecord[] = [];
  const inbox = createInboxRunner('discord', {
    inbox: store.inbox,
    answer: (message) => advisor.handle(message),
    sender: { send: async (record) => (sent.push(record), { status: 'sent' }) },
    logger: silentLogger(),
    clock: Date.now,
    settings: defaultInboxSettings,
  });
  const catchUp = { ...defaultCatchUp, lookbackMs: defaultInboxSettings.giveUpMs };
  const channelModes = new ChannelModeCache(advisor, silentLogger(), { platform: 'discord', ttlMs: 3_000 });
  return { deps: { advisor, store, logger: silentLogger(), clock: Date.now, inbox, catchUp, features: { messageContent: false }, channelModes, inOrder: inOrder() }, sent };
}

/** Just enough of a discord.js Message for the handler, recording what it sends. */
function fakeMessage(id: string, content: string, options: { guild?: boolean; mentionsBot?: boolean; bot?: boolean } = {}) {
  const sent: unknown[] = [];
  const message = {
    id, content, channelId: 'c1', guildId: options.guild === false ? null : 'g1', webhookId: null, system: false,
    author: { id: 'u1', bot: options.bot ?? false },
    client: { user: { id: 'b1' } },
    inGuild: () => options.guild !== false,
    mentions: { has: () => options.mentionsBot ?? true },
    channel: { id: 'c1', isThread: () => false, isSendable: () => true, send: async (p: unknown) => void sent.push(p) },
    reply: async (p: unknown) => void sent.push(p),
  };
  return { message: message as unknown as Message, sent };
}

describe('GIVEN the MESSAGE_CREATE handler on its own', () => {
  it('WHEN the same message id comes twice (another replica, a replay after a restart) THEN the core is asked once', async () => {
    const advisor = scriptedAdvisor((await testAdvisor()).advisor, {});
    const { deps, sent } = collectingDeps(advisor);
    const first = fakeMessage('m1', '<@b1> hello');
    const again = fakeMessage('m1', '<@b1> hello');
    await onMessageCreate(first.message, deps);
    await onMessageCreate(again.message, deps);
    expect(advisor.seen).toHaveLength(1);
    expect(sent.map((r) => r.route)).toEqual([{ channelId: 'c1', replyTo: 'm1' }]);
    expect(advisor.seen[0]).toMatchObject({ kind: 'mention', text: 'hello', conversationId: 'c1', workspaceId: 'g1' });
  });

  it('WHEN a guild message does not mention the bot, or a bot wrote it THEN nothing is asked', async () => {
    const advisor = scriptedAdvisor((await testAdvisor()).advisor, {});
    const { deps } = collectingDeps(advisor);
    await onMessageCreate(fakeMessage('m2', 'hello', { mentionsBot: false }).message, deps);
    await onMessageCreate(fakeMessage('m3', '<@b1> hello', { bot: true }).message, deps);
    expect(advisor.seen).toHaveLength(0);
    await onMessageCreate(fakeMessage('m4', 'a DM needs no mention', { guild: false, mentionsBot: false }).message, deps);
    expect(advisor.seen).toMatchObject([{ kind: 'dm', text: 'a DM needs no mention' }]);
  });
});
