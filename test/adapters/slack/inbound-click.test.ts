import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundFromClick } from '../../../adapters/slack/inbound-click.js';
import type { SlackClient } from '../../../adapters/slack/slack-deps.js';
import { slackReplySender } from '../../../adapters/slack/slack-reply-sender.js';
import { FakeSlack, responseMethod } from '../../fakes/fake-slack.js';
import { replyFixture } from '../../fakes/inbox-fixtures.js';
import { blockActions } from '../../fakes/slack-payloads.js';
import { capturingLogger } from '../../fakes/slack-harness.js';

const { logger } = capturingLogger();
const minute = 60_000;

describe('GIVEN Slack button clicks arriving before the ack', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await FakeSlack.start();
  });
  afterAll(async () => fake.close());

  it('THEN a click under an ephemeral reply is recorded to replace it through the response_url, for 30 minutes', () => {
    const body = blockActions({ value: 'topic:data-preparation', responseUrl: fake.responseUrl('eph') });
    const item = inboundFromClick({ logger }, body, 1_000);
    expect(item).toMatchObject({
      key: `slack:click:${String(body.trigger_id)}`, deadline: 1_000 + 30 * minute,
      route: { responseUrl: fake.responseUrl('eph'), replaceOriginal: true },
      message: { kind: 'action', text: 'topic:data-preparation', conversationId: 'C0GENERAL' },
    });
  });

  it('THEN a click on a public message is recorded to answer in its thread', () => {
    const message = { ts: '1700000000.000100', thread_ts: '1700000000.000001' };
    const item = inboundFromClick({ logger }, blockActions({ value: 'entry:e1', responseUrl: fake.responseUrl('p'), message }), 1_000);
    expect(item?.route).toEqual({ channel: 'C0GENERAL', threadTs: '1700000000.000001' });
    expect(item?.deadline).toBeUndefined();
  });

  it('THEN a vote is recorded with the message voted on (public) or its response_url (ephemeral)', () => {
    const blocks = [{ type: 'section', block_id: 's1' }, { type: 'actions', block_id: 'mla-feedback', elements: [] }];
    const message = { ts: '1700000000.000100', text: 'the answer', blocks };
    const onPublic = inboundFromClick({ logger }, blockActions({ value: 'feedback:up:e1', actionId: 'mla:fb-up', responseUrl: fake.responseUrl('v'), message }), 1_000);
    expect(onPublic).toMatchObject({
      message: { kind: 'action', text: 'feedback:up:e1' },
      route: { vote: { channel: 'C0GENERAL', messageTs: '1700000000.000100', messageText: 'the answer', blocks } },
    });
    expect(onPublic?.deadline).toBeUndefined();
    const onEphemeral = inboundFromClick({ logger }, blockActions({ value: 'feedback:down:e1', actionId: 'mla:fb-down', responseUrl: fake.responseUrl('v2') }), 1_000);
    expect(onEphemeral).toMatchObject({ route: { vote: { responseUrl: fake.responseUrl('v2') } }, deadline: 1_000 + 30 * minute });
  });

  it('WHEN the thread cannot be read (no history scope) THEN the reply is sent again, and the warning is logged once, then at debug', async () => {
    const { logger: log, lines } = capturingLogger();
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const sender = slackReplySender(client, log);
    const message = { ts: '1700000000.000300', thread_ts: '1700000000.000300' };
    const item = inboundFromClick({ logger: log }, blockActions({ value: 'entry:e1', responseUrl: fake.responseUrl('ms'), message }), Date.now())!;
    const record = { ...item, deadline: Date.now() + minute, attempts: 0 };
    fake.failNext('conversations.replies', { error: 'missing_scope' }, 2);
    expect(await sender.send(record, replyFixture, true)).toEqual({ status: 'sent' });
    expect(await sender.send({ ...record, key: `${record.key}-2` }, replyFixture, true)).toEqual({ status: 'sent' });
    const said = lines.filter((l) => String(l.msg).startsWith('cannot read the conversation'));
    expect(said.map((l) => l.level)).toEqual([40, 20]);
  });

  it('WHEN a recorded vote is sent twice THEN both times the buttons give way to the thanks, the same edit; a deleted message closes it', async () => {
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const sender = slackReplySender(client, logger);
    const blocks = [{ type: 'section', block_id: 's1', text: { type: 'mrkdwn', text: 'answer' } }, { type: 'actions', block_id: 'mla-feedback', elements: [] }];
    const message = { ts: '1700000000.000200', text: 'answer', blocks };
    const item = inboundFromClick({ logger }, blockActions({ value: 'feedback:up:e1', actionId: 'mla:fb-up', responseUrl: fake.responseUrl('vt'), message }), Date.now())!;
    const record = { ...item, deadline: Date.now() + minute, attempts: 0 };
    const thanks = { ...replyFixture, body: 'Thanks, noted.' };
    expect(await sender.send(record, thanks, false)).toEqual({ status: 'sent' });
    expect(await sender.send(record, thanks, true)).toEqual({ status: 'sent' });
    const updates = fake.callsOf('chat.update').filter((c) => c.args.ts === message.ts);
    expect(updates).toHaveLength(2);
    expect(updates[0]?.args.blocks).toEqual(updates[1]?.args.blocks);
    const edited = updates[0]?.args.blocks as Array<{ block_id?: string; type: string }>;
    expect(edited[0]).toMatchObject({ block_id: 's1' });
    expect(edited[1]).toMatchObject({ type: 'context' });
    expect(JSON.stringify(edited[1])).toContain('Thanks, noted.');
    fake.failNext('chat.update', { error: 'message_not_found' });
    expect(await sender.send(record, thanks, true)).toEqual({ status: 'gone', reason: 'message_not_found' });
  });

  it('THEN "Post to channel" is recorded to post its origin in the channel itself and delete the ephemeral reply', () => {
    const body = blockActions({ value: 'c:how do we label data', actionId: 'mla:post', responseUrl: fake.responseUrl('c') });
    expect(inboundFromClick({ logger }, body, 1_000)).toMatchObject({
      key: `slack:click:${String(body.trigger_id)}`,
      route: { channel: 'C0GENERAL', ephemeralUrl: fake.responseUrl('c') },
      message: { kind: 'command', text: 'how do we label data', conversationId: 'C0GENERAL' },
    });
    const onPublic = blockActions({ value: 'a:entry:e1', actionId: 'mla:post', responseUrl: fake.responseUrl('c'), message: { ts: '1700000000.000100' } });
    expect(inboundFromClick({ logger }, onPublic, 1_000)).toBeUndefined();
  });

  it('WHEN a recorded "Post to channel" is re-driven after its post went out THEN nothing is posted twice; a channel the bot is not in closes it with the invitation hint', async () => {
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const sender = slackReplySender(client, logger);
    const item = inboundFromClick({ logger }, blockActions({ value: 'c:labels', actionId: 'mla:post', responseUrl: fake.responseUrl('pc') }), Date.now())!;
    const record = { ...item, deadline: Date.now() + minute, attempts: 0 };
    const postsOf = () => fake.callsOf('chat.postMessage').filter((c) => (c.args.metadata as { event_payload?: { inbox_key?: string } } | undefined)?.event_payload?.inbox_key === record.key);
    expect(await sender.send(record, replyFixture, false)).toEqual({ status: 'sent' });
    expect(postsOf()).toHaveLength(1);
    expect(postsOf()[0]?.args.thread_ts).toBeUndefined();
    expect(fake.responses.filter((r) => r.id === 'pc').map((r) => r.body)).toEqual([{ delete_original: true }]);
    expect(await sender.send(record, replyFixture, true)).toEqual({ status: 'sent' });
    expect(postsOf()).toHaveLength(1);
    expect(fake.callsOf('conversations.history').at(-1)?.args).toMatchObject({ channel: 'C0GENERAL' });
    fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    const other = { ...record, key: `${record.key}-2` };
    expect(await sender.send(other, replyFixture, false)).toEqual({ status: 'gone', reason: 'not_in_channel' });
    expect(String(fake.responses.filter((r) => r.id === 'pc').at(-1)?.body.text)).toContain('/invite');
  });

  it('WHEN the recorded ephemeral click is sent twice THEN both posts replace the original; a refused response_url closes it with Slack\'s reason', async () => {
    const sender = slackReplySender({} as SlackClient, logger);
    const item = inboundFromClick({ logger }, blockActions({ value: 'topic:data-preparation', responseUrl: fake.responseUrl('twice') }), 1_000)!;
    const record = { ...item, deadline: 1_000 + 30 * minute, attempts: 0 };
    expect(await sender.send(record, replyFixture, false)).toEqual({ status: 'sent' });
    expect(await sender.send(record, replyFixture, true)).toEqual({ status: 'sent' });
    const posts = fake.responses.filter((r) => r.id === 'twice');
    expect(posts.map((p) => p.body.replace_original)).toEqual([true, true]);
    fake.failWhile(responseMethod, { status: 404 });
    try {
      expect(await sender.send(record, replyFixture, true)).toEqual({ status: 'gone', reason: 'response_url_fake_failure' });
      fake.failWhile(responseMethod, { status: 503 });
      await expect(sender.send(record, replyFixture, true)).rejects.toThrow('response_url answered 503');
    } finally {
      fake.stopFailing(responseMethod);
    }
  });
});
