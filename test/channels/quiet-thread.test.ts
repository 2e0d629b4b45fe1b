import { describe, expect, it } from 'vitest';
import { staysQuiet } from '../../src/channels/quiet-reply.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';

const inChannel = { platform: 'slack', conversationId: 'C0HELP', threadId: '1710000000.000100', userId: 'U0ASKER' } as const;

describe('GIVEN a question posted unasked in a confident channel that the core can only fall back on', () => {
  it('THEN the reply stays unposted AND the bot does not follow the thread it never spoke in', async () => {
    const { advisor } = await coreAdvisor();
    const question = message('what is the best pizza topping in naples?', { ...inChannel, kind: 'channel', channelMode: 'confident' });
    const reply = await advisor.handle(question);
    expect(staysQuiet(question, reply)).toBe(true);
    expect(await advisor.followsThread(inChannel)).toBe(false);
  });

  it('WHEN the same question gets a confident answer in an auto channel THEN the asker\'s next message is followed', async () => {
    const { advisor } = await coreAdvisor();
    const question = message('how do we keep our notebook instance bill low?', { ...inChannel, kind: 'channel', channelMode: 'auto' });
    const reply = await advisor.handle(question);
    expect(staysQuiet(question, reply)).toBe(false);
    expect(await advisor.followsThread(inChannel)).toBe(true);
  });
});
