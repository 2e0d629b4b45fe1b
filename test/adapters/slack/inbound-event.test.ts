import { describe, expect, it } from 'vitest';
import { ChannelModeCache } from '../../../adapters/channels/channel-mode-cache.js';
import { inboundFromEnvelope, type EnvelopeDecision } from '../../../adapters/slack/inbound-event.js';
import type { Advisor } from '../../../src/advisor.js';
import type { ChannelMode } from '../../../src/channels/channel-mode.js';
import { fakeIds } from '../../fakes/fake-slack.js';
import { channelMessageEvent, mentionEvent } from '../../fakes/slack-payloads.js';
import { silentLogger } from '../../fakes/test-advisor.js';

const question = 'how do we label our training data?';

/** The gate with channel C0AUTO in auto mode, everything else in mention mode, and threads followed as told. */
function gate(follows = false): { decide: (body: unknown) => Promise<EnvelopeDecision>; asked: unknown[] } {
  const asked: unknown[] = [];
  const advisor: Pick<Advisor, 'channelMode' | 'followsThread'> = {
    channelMode: async (_p, channel): Promise<ChannelMode> => (channel === 'C0AUTO' ? 'auto' : 'mention'),
    followsThread: async (message) => {
      asked.push(message);
      return follows;
    },
  };
  const logger = silentLogger();
  const deps = { logger, advisor: advisor as Advisor, channelModes: new ChannelModeCache(advisor, logger, { platform: 'slack', ttlMs: 0 }) };
  return { decide: (body) => inboundFromEnvelope(deps, body, 1_000), asked };
}

const itemOf = (decision: EnvelopeDecision) => (typeof decision === 'object' ? decision.item : undefined);

describe('GIVEN the Slack gate before the ack', () => {
  it('WHEN a top-level question comes unmentioned in an auto channel THEN it is recorded as a channel question, answered in its thread', async () => {
    const body = channelMessageEvent({ text: question, channel: 'C0AUTO', ts: '1700000000.000100', eventId: 'Ev1' });
    expect(itemOf(await gate().decide(body))).toEqual({
      key: 'slack:Ev1', platform: 'slack', receivedAt: 1_000,
      message: { platform: 'slack', kind: 'channel', text: question, userId: 'U0ALICE', conversationId: 'C0AUTO', threadId: '1700000000.000100', workspaceId: fakeIds.team, channelMode: 'auto' },
      route: { channel: 'C0AUTO', threadTs: '1700000000.000100' },
    });
  });

  it('WHEN thread_ts equals ts (a thread\'s own root) THEN it is still a top-level message', async () => {
    const body = channelMessageEvent({ text: question, channel: 'C0AUTO', ts: '1700000000.000200', thread_ts: '1700000000.000200' });
    const g = gate(true);
    expect(itemOf(await g.decide(body))?.message.kind).toBe('channel');
    expect(g.asked).toEqual([]);
  });

  it.each([
    ['chatter', channelMessageEvent({ text: 'lunch?', channel: 'C0AUTO' })],
    ['a question in a mention-mode channel', channelMessageEvent({ text: question, channel: 'C0TALK' })],
    ['a message mentioning the bot (app_mention answers it)', channelMessageEvent({ text: `<@${fakeIds.botUser}> ${question}`, channel: 'C0AUTO' })],
    ['a mention in its labelled form', channelMessageEvent({ text: `<@${fakeIds.botUser}|ml-advisor> ${question}`, channel: 'C0AUTO' })],
    ['a bot', channelMessageEvent({ text: question, channel: 'C0AUTO', extra: { bot_id: 'B0OTHER' } })],
    ['an edit', channelMessageEvent({ text: question, channel: 'C0AUTO', extra: { subtype: 'message_changed' } })],
    ['a message without a ts (malformed)', channelMessageEvent({ text: question, channel: 'C0AUTO', extra: { ts: undefined } })],
    ['a message without the bot\'s id (no authorizations)', { ...channelMessageEvent({ text: question, channel: 'C0AUTO' }), authorizations: [] }],
  ])('WHEN %s comes in a channel THEN it is acknowledged and dropped', async (_what, body) => {
    expect(await gate(true).decide(body)).toBe('ignore');
  });

  it('WHEN a reply comes in a thread the core follows THEN it is recorded as a follow-up, answered in that thread', async () => {
    const g = gate(true);
    const body = channelMessageEvent({ text: 'tell me more', channel: 'C0TALK', user: 'U0ASKER', thread_ts: '1700000000.000300' });
    expect(itemOf(await g.decide(body))).toMatchObject({
      message: { kind: 'thread', text: 'tell me more', threadId: '1700000000.000300', channelMode: 'mention' },
      route: { channel: 'C0TALK', threadTs: '1700000000.000300' },
    });
    expect(g.asked).toEqual([{ platform: 'slack', conversationId: 'C0TALK', threadId: '1700000000.000300', userId: 'U0ASKER' }]);
  });

  it('WHEN a reply comes in a thread the core does not follow THEN it is dropped; a bot\'s or a mention\'s reply is not even looked up', async () => {
    const g = gate(false);
    expect(await g.decide(channelMessageEvent({ text: 'thanks', thread_ts: '1700000000.000400' }))).toBe('ignore');
    expect(await g.decide(channelMessageEvent({ text: 'answer', thread_ts: '1700000000.000400', extra: { bot_id: fakeIds.bot } }))).toBe('ignore');
    expect(await g.decide(channelMessageEvent({ text: `<@${fakeIds.botUser}> why?`, thread_ts: '1700000000.000400' }))).toBe('ignore');
    expect(g.asked).toHaveLength(1);
  });

  it('WHEN a mention, a group DM or another envelope comes THEN mentions are recorded and the rest goes on to the listeners', async () => {
    const g = gate();
    expect(itemOf(await g.decide(mentionEvent({ text: question, channel: 'C0AUTO' })))?.message).toMatchObject({ kind: 'mention', text: question });
    expect(await g.decide(channelMessageEvent({ text: question, channel: 'G0MPIM', extra: { channel_type: 'mpim' } }))).toBeUndefined();
    expect(await g.decide({ type: 'event_callback', event: { type: 'message' } })).toBeUndefined();
    expect(await g.decide('not an envelope')).toBeUndefined();
  });
});
