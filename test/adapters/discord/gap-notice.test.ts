import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/store/memory-store.js';
import { startDiscordHarness, type DiscordHarness } from '../../fakes/discord-harness.js';
import { newGuild, newUser } from '../../fakes/discord-payloads.js';

const question = 'how do I monitor model drift in production?';

describe('Discord: a gap someone asked to hear about is answered now', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('GIVEN an opted-in me-too whose question the knowledge now answers THEN at start it is posted where they clicked, allowed to ping that person only', async () => {
    const guild = newGuild('Notices');
    const person = newUser('grace');
    const store = new MemoryStore();
    const route = { platform: 'discord', userId: person.id, conversationId: guild.channelId };
    await store.addGapVote({ questionId: 'q1', text: question, painPoint: null, outcome: 'fallback', platform: 'discord', userKey: 'k3', at: 1, notify: route });
    h = await startDiscordHarness({ guilds: [guild], store });
    const call = await h.fake.waitFor((c) => c.method === 'POST' && c.path.endsWith(`/channels/${guild.channelId}/messages`), 5_000);
    const body = call.body as { content: string; allowed_mentions: unknown };
    expect(body.content.startsWith(`<@${person.id}> `)).toBe(true);
    expect(body.content).toContain(`You asked “${question}”`);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false, users: [person.id] });
    expect(await store.openGapNotices('discord', 10)).toEqual([]);
  });
});
