import { describe, expect, it } from 'vitest';
import { isChannelCommand } from '../../src/channels/channel-command.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';

const command = (text: string, userId = 'U-admin') => message(text, { kind: 'command', platform: 'slack', conversationId: 'C-help', userId });

describe('/ml-start channel', () => {
  it('GIVEN an admin THEN the mode is set in the store and shown back', async () => {
    const { advisor, store } = await coreAdvisor({ settings: { admins: ['U-admin'] } });
    expect((await advisor.handle(command('channel'))).title).toBe("This channel's mode: mention");
    const set = await advisor.handle(command('channel AUTO'));
    expect(set).toMatchObject({ outcome: 'notice', title: 'This channel is now in auto mode' });
    expect(await store.getChannelMode('slack', 'C-help')).toBe('auto');
    expect(await advisor.channelMode('slack', 'C-help')).toBe('auto');
    expect(await advisor.channelMode('discord', 'C-help')).toBe('mention');
    expect((await advisor.handle(command('channel', 'U-anyone'))).title).toBe("This channel's mode: auto");
  });

  it('GIVEN someone who is not an admin THEN the mode stays as it was', async () => {
    const { advisor, store } = await coreAdvisor({ settings: { admins: ['U-admin'] } });
    const reply = await advisor.handle(command('channel confident', 'U-other'));
    expect(reply.title).toBe('Only admins can change the channel mode');
    expect(await store.getChannelMode('slack', 'C-help')).toBeUndefined();
  });

  it('GIVEN an unknown mode THEN the usage, without echoing the words given', async () => {
    const { advisor, store } = await coreAdvisor({ settings: { admins: ['U-admin'] } });
    const reply = await advisor.handle(command('channel <!channel> everything'));
    expect(reply.title).toBe('That is not a channel mode');
    expect(`${reply.title} ${reply.body}`).not.toContain('<!channel>');
    expect(reply.body).toContain('/ml-start channel auto');
    expect(await store.getChannelMode('slack', 'C-help')).toBeUndefined();
  });

  it('GIVEN a platform that cannot read unmentioned messages THEN auto and confident are refused with the reason, mention is allowed', async () => {
    const why = 'Turn on the Message Content intent (DISCORD_MESSAGE_CONTENT=true).';
    const { advisor, store } = await coreAdvisor({ settings: { admins: ['U-admin'], channelReading: { discord: why } } });
    const refused = await advisor.handle({ ...command('channel auto'), platform: 'discord' });
    expect(refused).toMatchObject({ title: 'The auto mode is not available here', body: why });
    expect(await store.getChannelMode('discord', 'C-help')).toBeUndefined();
    await advisor.handle({ ...command('channel mention'), platform: 'discord' });
    expect(await store.getChannelMode('discord', 'C-help')).toBe('mention');
    await advisor.handle(command('channel auto'));
    expect(await store.getChannelMode('slack', 'C-help')).toBe('auto');
  });

  it('THEN the core and both adapters read the same texts as the channel command', async () => {
    for (const text of ['channel', ' Channel AUTO ', 'channel\tauto']) expect(isChannelCommand(text)).toBe(true);
    for (const text of ['channels', 'channel-auto', 'the channel', 'help']) expect(isChannelCommand(text)).toBe(false);
    const { advisor } = await coreAdvisor({ settings: { admins: ['U-admin'] } });
    expect((await advisor.handle(command('channel\tconfident'))).title).toBe('This channel is now in confident mode');
    expect((await advisor.handle(command('channel-auto'))).title).not.toMatch(/mode/);
  });
});
