import type { Message } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { onMessageCreate } from '../../../adapters/discord/on-message-create.js';
import type { HandlerDeps } from '../../../adapters/discord/handler-deps.js';
import { MemoryStore } from '../../../src/store/memory-store.js';
import { scriptedAdvisor } from '../../fakes/discord-advisors.js';
import { silentLogger, testAdvisor } from '../../fakes/test-advisor.js';

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
    const deps: HandlerDeps = { advisor, store: new MemoryStore(), logger: silentLogger(), clock: Date.now, deferAfterMs: 100 };
    const first = fakeMessage('m1', '<@b1> hello');
    const again = fakeMessage('m1', '<@b1> hello');
    await onMessageCreate(first.message, deps);
    await onMessageCreate(again.message, deps);
    expect(advisor.seen).toHaveLength(1);
    expect(first.sent).toHaveLength(1);
    expect(again.sent).toHaveLength(0);
    expect(advisor.seen[0]).toMatchObject({ kind: 'mention', text: 'hello', conversationId: 'c1', workspaceId: 'g1' });
  });

  it('WHEN a guild message does not mention the bot, or a bot wrote it THEN nothing is asked', async () => {
    const advisor = scriptedAdvisor((await testAdvisor()).advisor, {});
    const deps: HandlerDeps = { advisor, store: new MemoryStore(), logger: silentLogger(), clock: Date.now, deferAfterMs: 100 };
    await onMessageCreate(fakeMessage('m2', 'hello', { mentionsBot: false }).message, deps);
    await onMessageCreate(fakeMessage('m3', '<@b1> hello', { bot: true }).message, deps);
    expect(advisor.seen).toHaveLength(0);
    await onMessageCreate(fakeMessage('m4', 'a DM needs no mention', { guild: false, mentionsBot: false }).message, deps);
    expect(advisor.seen).toMatchObject([{ kind: 'dm', text: 'a DM needs no mention' }]);
  });
});
