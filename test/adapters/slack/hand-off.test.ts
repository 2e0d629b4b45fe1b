import { afterEach, describe, expect, it } from 'vitest';
import type { MemoryStore } from '../../../src/store/memory-store.js';
import type { RecordedCall } from '../../fakes/fake-slack.js';
import { blockActions, channelMessageEvent, commandFields, dmEvent, nextTs } from '../../fakes/slack-payloads.js';
import { failOnUnhandledRejections, settle, startSlackHarness, type SlackHarness } from '../../fakes/slack-harness.js';

failOnUnhandledRejections();

const experts = 'S0EXPERTS';
const question = 'how do we keep our notebook instance bill low? <!channel> <@U0BOB>';

interface Button {
  action_id: string;
  value: string;
}
const buttonsOf = (call: RecordedCall | undefined): Button[] =>
  ((call?.args.blocks ?? []) as { type: string; elements?: Button[] }[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
const buttonFor = (call: RecordedCall | undefined, value: string): Button => {
  const button = buttonsOf(call).find((b) => b.value === value);
  if (!button) throw new Error(`no ${value} button in ${JSON.stringify(call?.args.blocks)}`);
  return button;
};

/** Clicks a button of a post in the thread `root` and returns the post that answers it there. */
const clicker = (h: SlackHarness, root: string) => async (value: string, user: string, on: RecordedCall | undefined): Promise<RecordedCall> => {
  const postsIn = (): RecordedCall[] => h.fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === root);
  const before = postsIn().length;
  const message = { ts: String(on?.result?.ts), thread_ts: root, text: String(on?.args.text), blocks: on?.args.blocks as unknown[] };
  await h.interactive(blockActions({ value, actionId: buttonFor(on, value).action_id, user, channel: 'C0HELP', responseUrl: h.fake.responseUrl(`r${before}`), message }));
  await expect.poll(() => postsIn().length).toBe(before + 1);
  return postsIn()[before]!;
};

async function harness(env: Record<string, string> = { SLACK_EXPERTS_GROUP: experts }): Promise<SlackHarness> {
  const h = await startSlackHarness('http', { env });
  h.fake.setUsergroup(experts, ['U0EXPERT']);
  await h.store.setChannelMode({ platform: 'slack', channelId: 'C0HELP', mode: 'auto', setBy: 'test', at: Date.now() });
  return h;
}

describe('GIVEN the Slack app with an experts group and an auto channel', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('WHEN "Ask a person" is clicked THEN the thread gets a post that pings exactly the group; "Mark resolved" by an expert closes it; nothing else pings', async () => {
    h = await harness();
    const root = nextTs();
    const click = clicker(h, root);

    await h.event(channelMessageEvent({ text: question, ts: root }));
    const answer = await h.fake.waitForCall('chat.postMessage');
    expect(h.seen[0]).toMatchObject({ kind: 'channel', handoff: true, channelMode: 'auto' });

    const handOff = await click('handoff:ask', 'U0ALICE', answer);
    expect(String(handOff.args.text).startsWith(`<!subteam^${experts}> `)).toBe(true);
    expect((handOff.args.blocks as { text?: { text: string } }[])[0]?.text?.text).toBe(`<!subteam^${experts}>`);
    expect(h.seen[1]).toMatchObject({ kind: 'action', text: 'handoff:ask', handoff: true, channelMode: 'auto', threadId: root });
    expect((h.store as MemoryStore).escalations).toMatchObject([{ platform: 'slack', channelMode: 'auto', painPoint: 'cost-control', resolvedAt: null }]);

    const again = await click('handoff:ask', 'U0BOB', answer);
    expect(JSON.stringify(again.args)).not.toContain('subteam');

    const refused = await click('handoff:resolve', 'U0BOB', handOff);
    expect(String(refused.args.text)).toMatch(/Only the asker or an expert/);
    expect(h.seen.at(-1)).toMatchObject({ text: 'handoff:resolve', userId: 'U0BOB', expert: false });

    const resolved = await click('handoff:resolve', 'U0EXPERT', handOff);
    expect(String(resolved.args.text)).toMatch(/Marked resolved/);
    expect(h.seen.at(-1)).toMatchObject({ text: 'handoff:resolve', userId: 'U0EXPERT', expert: true });
    expect((h.store as MemoryStore).escalations[0]?.resolvedAt).toEqual(expect.any(Number));
    expect(h.fake.callsOf('usergroups.users.list').map((c) => c.args.usergroup)).toEqual([experts]);

    const posted = h.fake.callsOf('chat.postMessage').map((c) => JSON.stringify(c.args));
    expect(posted).toHaveLength(5);
    expect(posted.filter((p) => p.includes('<!subteam'))).toHaveLength(1);
    for (const p of posted) expect(p).not.toMatch(/<!channel>|<!here>|<!everyone>|<@U/);
  });

  it('WHEN Slack refuses to read the experts group THEN a second "Mark resolved" within the minute does not ask Slack again, and the refusal is logged once', async () => {
    h = await harness();
    h.fake.failWhile('usergroups.users.list', { error: 'missing_scope' });
    const root = nextTs();
    const click = clicker(h, root);
    await h.event(channelMessageEvent({ text: question, ts: root }));
    const handOff = await click('handoff:ask', 'U0ALICE', await h.fake.waitForCall('chat.postMessage'));
    for (const _ of [1, 2]) {
      const refused = await click('handoff:resolve', 'U0EXPERT', handOff);
      expect(String(refused.args.text)).toMatch(/Only the asker or an expert/);
      expect(h.seen.at(-1)).toMatchObject({ text: 'handoff:resolve', userId: 'U0EXPERT', expert: false });
    }
    expect(h.fake.failed.filter((c) => c.method === 'usergroups.users.list')).toHaveLength(1);
    expect(h.fake.callsOf('usergroups.users.list')).toHaveLength(0);
    expect(h.lines.filter((l) => String(l.msg).includes('experts group'))).toHaveLength(1);
  });

  it('WHEN the asker follows up after the hand-off THEN the thread still answers them; after the asker marks it resolved THEN it stays silent', async () => {
    h = await harness();
    const root = nextTs();
    const inThread = (c: RecordedCall): boolean => c.args.thread_ts === root;
    const clickOn = async (value: string, on: RecordedCall): Promise<void> => {
      const message = { ts: String(on.result?.ts), thread_ts: root, text: String(on.args.text), blocks: on.args.blocks as unknown[] };
      await h!.interactive(blockActions({ value, actionId: buttonFor(on, value).action_id, channel: 'C0HELP', responseUrl: h!.fake.responseUrl(value), message }));
    };
    await h.event(channelMessageEvent({ text: question, ts: root }));
    const answer = await h.fake.waitForCall('chat.postMessage', inThread);
    await clickOn('handoff:ask', answer);
    const handOff = await h.fake.waitForCall('chat.postMessage', (c) => inThread(c) && String(c.args.text).includes('subteam'));
    await h.event(channelMessageEvent({ text: 'tell me more', thread_ts: root }));
    await expect.poll(() => h!.seen.map((m) => m.kind)).toEqual(['channel', 'action', 'thread']);
    await clickOn('handoff:resolve', handOff);
    await h.fake.waitForCall('chat.postMessage', (c) => inThread(c) && /Marked resolved/.test(String(c.args.text)));
    expect(h.seen.at(-1)).toMatchObject({ text: 'handoff:resolve', userId: 'U0ALICE', expert: false });
    await h.event(channelMessageEvent({ text: 'why?', thread_ts: root }));
    await settle();
    expect(h.seen.map((m) => m.kind)).toEqual(['channel', 'action', 'thread', 'action']);
    expect(h.fake.callsOf('chat.postMessage').filter(inThread)).toHaveLength(4);
  });

  it('WHEN /ml-start or a DM asks THEN the reply, seen by the caller alone, offers no hand-off', async () => {
    h = await harness();
    await h.command(commandFields(question, h.fake.responseUrl('cmd'), 'C0HELP'));
    const response = await h.fake.waitForResponse((r) => r.id === 'cmd');
    await h.event(dmEvent({ text: question }));
    const dm = await h.fake.waitForCall('chat.postMessage');
    expect(h.seen.map((m) => [m.kind, m.channelMode, m.handoff])).toEqual([['command', 'auto', undefined], ['dm', undefined, undefined]]);
    expect(JSON.stringify(response.body)).not.toContain('handoff:ask');
    expect(buttonsOf(dm).map((b) => b.value)).not.toContain('handoff:ask');
  });
});

describe('GIVEN the Slack app without an experts group', () => {
  it('WHEN a channel question is answered THEN it offers no "Ask a person"', async () => {
    const h = await harness({});
    try {
      await h.event(channelMessageEvent({ text: question }));
      const answer = await h.fake.waitForCall('chat.postMessage');
      expect(h.seen[0]?.handoff).toBeUndefined();
      expect(buttonsOf(answer).length).toBeGreaterThan(0);
      expect(buttonsOf(answer).map((b) => b.value)).not.toContain('handoff:ask');
    } finally {
      await h.close();
    }
  });
});
