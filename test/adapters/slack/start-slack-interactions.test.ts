import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeIds } from '../../fakes/fake-slack.js';
import { blockActions, commandFields, feedbackSubmission, nextTs } from '../../fakes/slack-payloads.js';
import {
  failOnUnhandledRejections,
  startSlackHarness,
  type SlackHarness,
  type SlackMode,
} from '../../fakes/slack-harness.js';
import { shippedKnowledge } from '../../fakes/test-advisor.js';

failOnUnhandledRejections();

interface Button {
  type: string;
  action_id: string;
  value: string;
}
type AnyBlock = { type: string; block_id?: string; elements?: Button[]; text?: { text: string } };

const buttonsOf = (blocks: unknown): Button[] =>
  (blocks as AnyBlock[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);

let entry: { id: string; title: string };
beforeAll(async () => {
  const first = (await shippedKnowledge()).entries[0];
  if (!first) throw new Error('the shipped knowledge has no entries');
  entry = { id: first.id, title: first.title };
});

describe.each<SlackMode>(['http', 'socket'])('GIVEN the Slack app in %s mode', (mode) => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('WHEN /ml-start has no text THEN it is acked AND the caller alone sees the topics with a "Post to channel" button', async () => {
    h = await startSlackHarness(mode);
    const res = await h.command(commandFields('', h.fake.responseUrl('cmd1')));
    expect(res.status).toBe(200);
    const response = await h.fake.waitForResponse((r) => r.id === 'cmd1');
    expect(response.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(h.seen[0]).toMatchObject({ kind: 'command', text: '', conversationId: 'C0GENERAL', workspaceId: fakeIds.team });
    const buttons = buttonsOf(response.body.blocks);
    const reply = await h.advisor.handle({ ...h.seen[0]!, conversationId: 'C0OTHER' });
    for (const action of reply.actions) expect(buttons.map((b) => b.value)).toContain(action.id);
    for (const painPoint of h.advisor.index.knowledge.painPoints) {
      expect(buttons.map((b) => b.value)).toContain(`topic:${painPoint.id}`);
    }
    expect(buttons.some((b) => b.action_id === 'mla:post')).toBe(true);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(buttons.length);
    expect(h.fake.callsOf('chat.postMessage')).toEqual([]);
  });

  it('WHEN /ml-start has a question THEN the core gets it as a command AND the answer is ephemeral', async () => {
    h = await startSlackHarness(mode);
    await h.command(commandFields('how do we keep &lt;cloud&gt; costs down?', h.fake.responseUrl('cmd2')));
    const response = await h.fake.waitForResponse((r) => r.id === 'cmd2');
    expect(response.body.response_type).toBe('ephemeral');
    expect(h.seen[0]).toMatchObject({ kind: 'command', text: 'how do we keep <cloud> costs down?' });
    expect(h.seen[0]?.threadId).toBeUndefined();
  });

  it('WHEN a button under a threaded answer is clicked THEN the core gets the action AND answers in that thread', async () => {
    h = await startSlackHarness(mode);
    const root = nextTs();
    const message = { ts: nextTs(), thread_ts: root, text: 'x', blocks: [] };
    const res = await h.interactive(blockActions({ value: `entry:${entry.id}`, responseUrl: h.fake.responseUrl('b1'), message }));
    expect(res.status).toBe(200);
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(h.seen[0]).toMatchObject({ kind: 'action', text: `entry:${entry.id}`, conversationId: 'C0GENERAL', threadId: root });
    expect(post.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: root });
    const header = (post.args.blocks as AnyBlock[])[0];
    expect(header).toMatchObject({ type: 'header', text: { text: entry.title } });
    const values = buttonsOf(post.args.blocks).map((b) => b.value);
    expect(values).toEqual(expect.arrayContaining([`feedback:up:${entry.id}`, `feedback:down:${entry.id}`]));
  });

  it('WHEN a button under an ephemeral reply is clicked THEN the answer replaces it, still ephemeral', async () => {
    h = await startSlackHarness(mode);
    await h.interactive(blockActions({ value: `entry:${entry.id}`, responseUrl: h.fake.responseUrl('b2') }));
    const response = await h.fake.waitForResponse((r) => r.id === 'b2');
    expect(response.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(buttonsOf(response.body.blocks).find((b) => b.action_id === 'mla:post')?.value).toBe(`a:entry:${entry.id}`);
    expect(h.seen[0]?.threadId).toBeUndefined();
  });

  it('WHEN "Post to channel" is clicked THEN the answer is posted publicly AND the ephemeral one deleted', async () => {
    h = await startSlackHarness(mode);
    await h.interactive(
      blockActions({ value: `a:entry:${entry.id}`, actionId: 'mla:post', responseUrl: h.fake.responseUrl('p1') }),
    );
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(post.args.channel).toBe('C0GENERAL');
    expect(post.args.thread_ts).toBeUndefined();
    expect((post.args.blocks as AnyBlock[])[0]).toMatchObject({ text: { text: entry.title } });
    expect(buttonsOf(post.args.blocks).some((b) => b.action_id === 'mla:post')).toBe(false);
    const response = await h.fake.waitForResponse((r) => r.id === 'p1');
    expect(response.body).toMatchObject({ delete_original: true });
  });

  it('WHEN "Post to channel" fails because the bot is not in the channel THEN the caller is told how to invite it', async () => {
    h = await startSlackHarness(mode);
    h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await h.interactive(blockActions({ value: 'c:', actionId: 'mla:post', responseUrl: h.fake.responseUrl('p2') }));
    const response = await h.fake.waitForResponse((r) => r.id === 'p2');
    expect(String(response.body.text)).toContain('/invite');
  });

  it('WHEN 👍 is clicked THEN the vote reaches the core AND the buttons give way to its thanks', async () => {
    h = await startSlackHarness(mode);
    const blocks = [
      { type: 'section', block_id: 's1', text: { type: 'mrkdwn', text: 'answer' } },
      { type: 'actions', block_id: 'mla-feedback', elements: [] },
    ];
    const message = { ts: nextTs(), text: 'answer', blocks };
    await h.interactive(
      blockActions({ value: `feedback:up:${entry.id}`, actionId: 'mla:fb-up', responseUrl: h.fake.responseUrl('f1'), message }),
    );
    const update = await h.fake.waitForCall('chat.update');
    expect(h.seen[0]).toMatchObject({ kind: 'action', text: `feedback:up:${entry.id}` });
    expect(update.args).toMatchObject({ channel: 'C0GENERAL', ts: message.ts });
    const updated = update.args.blocks as AnyBlock[];
    expect(updated[0]).toMatchObject({ block_id: 's1' });
    expect(updated[1]?.type).toBe('context');
  });

  it('WHEN 👎 is clicked and the form answered THEN the core gets the vote, then the comment with the input', async () => {
    h = await startSlackHarness(mode);
    const root = nextTs();
    const message = { ts: nextTs(), thread_ts: root, text: 'answer', blocks: [] };
    const click = blockActions({ value: `feedback:down:${entry.id}`, actionId: 'mla:fb-down', responseUrl: h.fake.responseUrl('f2'), message });
    await h.interactive(click);
    const open = await h.fake.waitForCall('views.open');
    const view = open.args.view as { callback_id: string; private_metadata: string };
    expect(open.args.trigger_id).toBe(click.trigger_id);
    expect(view.callback_id).toBe('mla-feedback-form');
    const res = await h.interactive(feedbackSubmission(view.private_metadata, 'a SageMaker price table'));
    expect(res.status).toBe(200);
    await expect.poll(() => h!.seen.length, { timeout: 10_000 }).toBe(2);
    expect(h.seen[0]).toMatchObject({ kind: 'action', text: `feedback:down:${entry.id}` });
    expect(h.seen[1]).toMatchObject({
      kind: 'action',
      text: `feedback:comment:${entry.id}`,
      input: 'a SageMaker price table',
      conversationId: 'C0GENERAL',
      threadId: root,
      userId: 'U0ALICE',
    });
  });
});
