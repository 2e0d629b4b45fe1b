import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelMode } from '../../../src/channels/channel-mode.js';
import type { Knowledge } from '../../../src/knowledge/schema.js';
import { brokenStore } from '../../fakes/core-advisor.js';
import { fakeIds, type RecordedCall } from '../../fakes/fake-slack.js';
import { channelMessageEvent, mentionEvent, nextTs } from '../../fakes/slack-payloads.js';
import { failOnUnhandledRejections, settle, startSlackHarness, type SlackHarness, type SlackMode } from '../../fakes/slack-harness.js';
import { shippedKnowledge } from '../../fakes/test-advisor.js';

failOnUnhandledRejections();

const confidentQuestion = 'how do we keep our notebook instance bill low?';
const offTopicQuestion = 'what is the best pizza topping in naples?';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
});

async function harness(mode: SlackMode, channelModes: Record<string, ChannelMode>, env: Record<string, string> = {}): Promise<SlackHarness> {
  const h = await startSlackHarness(mode, { env });
  for (const [channelId, channelMode] of Object.entries(channelModes)) {
    await h.store.setChannelMode({ platform: 'slack', channelId, mode: channelMode, setBy: 'test', at: Date.now() });
  }
  return h;
}

const postsIn = (h: SlackHarness, ts: string): RecordedCall[] => h.fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === ts);
const pendingOf = async (h: SlackHarness): Promise<number> => (await h.store.inbox.inboxStats()).pending;
/** The pain point of the entry whose title a posted answer starts with. */
const painPointOf = (post: RecordedCall | undefined): string | undefined =>
  knowledge.entries.find((e) => String(post?.args.text ?? '').startsWith(e.title))?.painPoint;

describe.each<SlackMode>(['http', 'socket'])('GIVEN a channel in auto mode, Slack in %s mode', (mode) => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('WHEN a top-level question comes without a mention THEN the core gets it as a channel question AND answers in its thread', async () => {
    h = await harness(mode, { C0HELP: 'auto' });
    const ts = nextTs();
    expect((await h.event(channelMessageEvent({ text: confidentQuestion, ts }))).status).toBe(200);
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'C0HELP', thread_ts: ts });
    expect(painPointOf(post)).toBe('cost-control');
    expect(h.seen).toEqual([
      { platform: 'slack', kind: 'channel', text: confidentQuestion, userId: 'U0ALICE', conversationId: 'C0HELP', threadId: ts, workspaceId: fakeIds.team, channelMode: 'auto' },
    ]);
  });
});

describe('GIVEN the Slack app in HTTP mode with channels in different modes', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('WHEN chatter, a bot, an edit or a join is posted in an auto channel THEN it is acknowledged AND nothing answers', async () => {
    h = await harness('http', { C0HELP: 'auto' });
    const events = [
      channelMessageEvent({ text: 'lunch?' }),
      channelMessageEvent({ text: 'thanks all, see you tomorrow' }),
      channelMessageEvent({ text: confidentQuestion, user: 'U0OTHERBOT', extra: { bot_id: 'B0OTHER' } }),
      channelMessageEvent({ text: confidentQuestion, user: fakeIds.botUser, extra: { bot_id: fakeIds.bot } }),
      channelMessageEvent({ text: confidentQuestion, extra: { subtype: 'message_changed' } }),
      channelMessageEvent({ text: `<@U0ALICE> has joined the channel`, extra: { subtype: 'channel_join' } }),
    ];
    for (const event of events) expect((await h.event(event)).status).toBe(200);
    await settle();
    expect(h.seen).toEqual([]);
    expect(h.fake.callsOf('chat.postMessage')).toEqual([]);
  });

  it('WHEN a question comes unmentioned in a mention-mode channel, or in one never set THEN nothing answers', async () => {
    h = await harness('http', { C0TALK: 'mention' });
    await h.event(channelMessageEvent({ text: confidentQuestion, channel: 'C0TALK' }));
    await h.event(channelMessageEvent({ text: confidentQuestion, channel: 'C0NEVERSET' }));
    await settle();
    expect(h.seen).toEqual([]);
  });

  it('WHEN a question in an auto channel mentions the bot (app_mention and message both arrive) THEN it is answered once, as a mention', async () => {
    h = await harness('http', { C0HELP: 'auto' });
    const ts = nextTs();
    await h.event(channelMessageEvent({ text: `<@${fakeIds.botUser}> ${confidentQuestion}`, ts }));
    await h.event(mentionEvent({ text: confidentQuestion, channel: 'C0HELP', ts }));
    await h.fake.waitForCall('chat.postMessage');
    await settle();
    expect(h.seen.map((m) => [m.kind, m.channelMode])).toEqual([['mention', 'auto']]);
    expect(postsIn(h, ts)).toHaveLength(1);
  });

  it('WHEN a question comes in a private channel in auto mode THEN it is answered in its thread', async () => {
    h = await harness('http', { G0PRIVATE: 'auto' });
    const ts = nextTs();
    await h.event(channelMessageEvent({ text: confidentQuestion, channel: 'G0PRIVATE', channelType: 'group', ts }));
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'G0PRIVATE', thread_ts: ts });
  });

  it('WHEN the asker follows up in the thread THEN it continues the topic; once a colleague replies THEN the bot stays out', async () => {
    h = await harness('http', { C0HELP: 'auto' });
    const root = nextTs();
    await h.event(channelMessageEvent({ text: confidentQuestion, ts: root }));
    await h.fake.waitForCall('chat.postMessage');
    await h.event(channelMessageEvent({ text: 'tell me more', thread_ts: root }));
    await expect.poll(() => postsIn(h!, root).length).toBe(2);
    const [first, more] = postsIn(h, root);
    expect(painPointOf(more)).toBe(painPointOf(first));
    expect(more?.args.text).not.toBe(first?.args.text);
    expect(h.seen.map((m) => [m.kind, m.threadId, m.channelMode])).toEqual([['channel', root, 'auto'], ['thread', root, 'auto']]);

    await h.event(channelMessageEvent({ text: 'we solved this with budgets, ask me', user: 'U0BOB', thread_ts: root }));
    await h.event(channelMessageEvent({ text: 'why does that work?', thread_ts: root }));
    await settle();
    expect(h.seen).toHaveLength(2);
    expect(postsIn(h, root)).toHaveLength(2);
  });

  it('WHEN someone follows up in the thread of a mention in a mention-mode channel THEN the asker is followed there too', async () => {
    h = await harness('http', {});
    const root = nextTs();
    await h.event(mentionEvent({ text: confidentQuestion, channel: 'C0TALK', ts: root }));
    await h.fake.waitForCall('chat.postMessage');
    await h.event(channelMessageEvent({ text: 'why?', channel: 'C0TALK', thread_ts: root }));
    await expect.poll(() => postsIn(h!, root).length).toBe(2);
    expect(h.seen.map((m) => [m.kind, m.channelMode])).toEqual([['mention', 'mention'], ['thread', 'mention']]);
  });

  it('WHEN a reply comes in a thread the bot never answered THEN nothing answers', async () => {
    h = await harness('http', { C0HELP: 'auto' });
    await h.event(channelMessageEvent({ text: confidentQuestion, thread_ts: nextTs() }));
    await settle();
    expect(h.seen).toEqual([]);
  });

  it('WHEN a question it can only fall back on comes in a confident channel THEN nothing is posted and nothing stays owed; a confident one is answered', async () => {
    h = await harness('http', { C0SURE: 'confident' });
    const fallbackTs = nextTs();
    await h.event(channelMessageEvent({ text: offTopicQuestion, channel: 'C0SURE', ts: fallbackTs }));
    await expect.poll(() => h!.seen.length).toBe(1);
    await expect.poll(() => pendingOf(h!)).toBe(0);
    const sureTs = nextTs();
    await h.event(channelMessageEvent({ text: confidentQuestion, channel: 'C0SURE', ts: sureTs }));
    await h.fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === sureTs);
    expect(postsIn(h, fallbackTs)).toEqual([]);
    // The silent thread is not followed either: the asker adding details there gets nothing.
    await h.event(channelMessageEvent({ text: 'anyone? we use sagemaker', channel: 'C0SURE', thread_ts: fallbackTs }));
    await settle();
    expect(h.seen.map((m) => m.kind)).toEqual(['channel', 'channel']);
  });

  it('WHEN the same question goes to an auto channel THEN its fallback is posted', async () => {
    h = await harness('http', { C0HELP: 'auto' });
    const ts = nextTs();
    await h.event(channelMessageEvent({ text: offTopicQuestion, ts }));
    await h.fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === ts);
  });
});

describe('GIVEN the Slack app in HTTP mode with a store that cannot be read', () => {
  it('WHEN a question comes unmentioned in a channel THEN it is acknowledged (the channel counts as mention mode) AND nothing answers', async () => {
    const h = await startSlackHarness('http', { store: brokenStore() });
    try {
      expect((await h.event(channelMessageEvent({ text: confidentQuestion }))).status).toBe(200);
      expect((await h.event(channelMessageEvent({ text: 'tell me more', thread_ts: nextTs() }))).status).toBe(200);
      await settle();
      expect(h.seen).toEqual([]);
      expect(h.lines.some((l) => l.msg === 'cannot read the channel mode; using the last known one')).toBe(true);
    } finally {
      await h.slack.stop();
      await h.fake.close();
    }
  });
});
