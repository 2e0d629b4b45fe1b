import { afterEach, describe, expect, it } from 'vitest';
import { fakeIds } from '../../fakes/fake-slack.js';
import { appHomeOpenedEvent, dmEvent, mentionEvent, nextTs } from '../../fakes/slack-payloads.js';
import {
  failOnUnhandledRejections,
  settle,
  startSlackHarness,
  type SlackHarness,
  type SlackMode,
} from '../../fakes/slack-harness.js';

failOnUnhandledRejections();

describe.each<SlackMode>(['http', 'socket'])('GIVEN the Slack app in %s mode', (mode) => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('WHEN mentioned THEN the core gets the question without the mention AND the answer goes in the thread', async () => {
    h = await startSlackHarness(mode);
    const ts = nextTs();
    const res = await h.event(mentionEvent({ text: 'how do we start with ML?', ts }));
    expect(res.status).toBe(200);
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: ts });
    expect(post.token).toBe('xoxb-test-token');
    expect(typeof post.args.text).toBe('string');
    expect(h.seen).toEqual([
      {
        platform: 'slack',
        kind: 'mention',
        text: 'how do we start with ML?',
        userId: 'U0ALICE',
        conversationId: 'C0GENERAL',
        threadId: ts,
        workspaceId: fakeIds.team,
        channelMode: 'mention',
      },
    ]);
  });

  it('WHEN a follow-up mention comes in the thread THEN it reaches the core with the same thread', async () => {
    h = await startSlackHarness(mode);
    const root = nextTs();
    await h.event(mentionEvent({ text: 'our data is a mess', ts: root }));
    await h.fake.waitForCall('chat.postMessage');
    await h.event(mentionEvent({ text: 'tell me more', thread_ts: root }));
    await h.fake.waitForCall('chat.postMessage', () => h!.fake.callsOf('chat.postMessage').length === 2);
    expect(h.seen.map((m) => [m.conversationId, m.threadId])).toEqual([
      ['C0GENERAL', root],
      ['C0GENERAL', root],
    ]);
    expect(h.fake.callsOf('chat.postMessage').map((c) => c.args.thread_ts)).toEqual([root, root]);
  });

  it('WHEN two DMs come in the same DM thread THEN both reach the core with the same conversation and thread', async () => {
    h = await startSlackHarness(mode);
    const first = nextTs();
    await h.event(dmEvent({ text: 'we have no ML engineers', ts: first }));
    await h.fake.waitForCall('chat.postMessage');
    await h.event(dmEvent({ text: 'and what about costs?', thread_ts: first }));
    await h.fake.waitForCall('chat.postMessage', () => h!.fake.callsOf('chat.postMessage').length === 2);
    expect(h.seen.map((m) => [m.kind, m.conversationId, m.threadId])).toEqual([
      ['dm', 'D0ALICE', first],
      ['dm', 'D0ALICE', first],
    ]);
    expect(h.fake.callsOf('chat.postMessage').map((c) => [c.args.channel, c.args.thread_ts])).toEqual([
      ['D0ALICE', first],
      ['D0ALICE', first],
    ]);
  });

  it('WHEN the bot itself, another bot or an edit posts in the DM THEN nothing answers', async () => {
    h = await startSlackHarness(mode);
    await h.event(dmEvent({ text: 'I am the bot', user: fakeIds.botUser, extra: { bot_id: fakeIds.bot } }));
    await h.event(dmEvent({ text: 'another bot', user: 'U0OTHER', extra: { bot_id: 'B0OTHER' } }));
    await h.event(dmEvent({ text: 'edited', extra: { subtype: 'message_changed' } }));
    await h.event(mentionEvent({ text: 'a bot mentioning us', extra: { bot_id: 'B0OTHER' } }));
    await settle();
    expect(h.seen).toEqual([]);
    expect(h.fake.callsOf('chat.postMessage')).toEqual([]);
  });

  it('WHEN a message in a channel does not mention the bot THEN it is not a DM and is ignored', async () => {
    h = await startSlackHarness(mode);
    await h.event(dmEvent({ text: 'chatting in general', channel: 'C0GENERAL', extra: { channel_type: 'channel' } }));
    await settle();
    expect(h.seen).toEqual([]);
  });

  it('WHEN the Messages tab opens THEN four suggested prompts are set, the last "All topics"', async () => {
    h = await startSlackHarness(mode);
    await h.event(appHomeOpenedEvent('home'));
    await h.event(appHomeOpenedEvent('messages'));
    const call = await h.fake.waitForCall('assistant.threads.setSuggestedPrompts');
    const prompts = call.args.prompts as { title: string; message: string }[];
    expect(prompts).toHaveLength(4);
    expect(prompts[3]?.title).toBe('All topics');
    const labels = new Set(h.advisor.index.knowledge.painPoints.map((p) => p.label));
    expect(prompts.slice(0, 3).every((p) => labels.has(p.title) && p.message.length > 0)).toBe(true);
    expect(call.args.channel_id).toBe('D0ALICE');
    expect(call.args.thread_ts).toBeUndefined();
    await settle(100);
    expect(h.fake.callsOf('assistant.threads.setSuggestedPrompts')).toHaveLength(1);
  });
});
