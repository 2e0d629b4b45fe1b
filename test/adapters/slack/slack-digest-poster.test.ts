import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackDigestPoster } from '../../../adapters/slack/slack-digest-poster.js';
import { sampleDigest } from '../../fakes/digest-message.js';
import { FakeSlack, uploadMethod } from '../../fakes/fake-slack.js';
import { capturingLogger } from '../../fakes/slack-harness.js';
import { decodePng } from '../../fakes/png-decode.js';

describe('the Slack digest', () => {
  let fake: FakeSlack;
  let client: webApi.WebClient;
  beforeAll(async () => {
    fake = await FakeSlack.start();
    client = new webApi.WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  });
  afterAll(async () => fake.close());

  it('GIVEN files:write THEN the chart is uploaded by the external flow into the channel, with the text as its comment, inert', async () => {
    const { logger, lines } = capturingLogger();
    expect(await slackDigestPoster(client, logger).post('C0DIGEST01', sampleDigest())).toBe('image');
    const [shared] = fake.files.shared;
    expect(fake.files.shared).toHaveLength(1);
    expect(shared).toMatchObject({ channel: 'C0DIGEST01', filename: 'ml-advisor-digest.png', title: 'Questions per pain point' });
    expect(decodePng(shared?.bytes ?? Buffer.alloc(0))).toMatchObject({ width: 960, height: 480 });
    const upload = fake.callsOf('files.getUploadURLExternal')[0];
    expect(upload?.args).toMatchObject({ filename: 'ml-advisor-digest.png', length: String(shared?.bytes.length) });
    expect(String(upload?.result?.upload_url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/upload\/F/);
    const comment = shared?.comment ?? '';
    expect(comment).toContain('*ML Advisor digest*: 2026-11-23 09:00 → 2026-11-30 09:00 (UTC)');
    expect(comment).toContain('&lt;!channel&gt; how do we label *images* cheaply?');
    expect(comment).toContain('&lt;@U123&gt;');
    expect(comment).not.toMatch(/<[!@]/);
    expect(comment).not.toContain('█');
    expect(fake.callsOf('chat.postMessage')).toHaveLength(0);
    expect(lines.filter((l) => Number(l.level) >= 40)).toEqual([]);
  });

  it.each([
    ['the scope is missing', () => fake.failNext('files.getUploadURLExternal', { error: 'missing_scope' }), 'missing_scope'],
    ['the upload URL answers 500', () => fake.failNext(uploadMethod, { status: 500 }), 'HTTP 500'],
    ['completing the upload is refused', () => fake.failNext('files.completeUploadExternal', { error: 'not_in_channel' }), 'not_in_channel'],
  ])('GIVEN %s THEN the digest is posted as text with text bars, and a warning says why', async (_what, failure, reason) => {
    const before = { shared: fake.files.shared.length, posts: fake.callsOf('chat.postMessage').length };
    failure();
    const { logger, lines } = capturingLogger();
    expect(await slackDigestPoster(client, logger).post('C0DIGEST01', sampleDigest())).toBe('text');
    expect(fake.files.shared).toHaveLength(before.shared);
    const posts = fake.callsOf('chat.postMessage').slice(before.posts);
    expect(posts).toHaveLength(1);
    const text = String(posts[0]?.args.text);
    expect(posts[0]?.args).toMatchObject({ channel: 'C0DIGEST01', unfurl_links: 'false' });
    expect(text).toContain('*Questions per period*');
    expect(text).toMatch(/```\n[\s\S]*11-23 {2}7 █+[\s\S]*```/);
    expect(text).toContain('&lt;!channel&gt;');
    expect(lines.find((l) => l.msg === 'digest chart upload failed; posting the digest as text with bars')).toMatchObject({ level: 40, reason: expect.stringContaining(reason) });
  });

  it('GIVEN the text cannot be posted either THEN the post rejects', async () => {
    fake.failNext('files.getUploadURLExternal', { error: 'not_in_channel' });
    fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await expect(slackDigestPoster(client, capturingLogger().logger).post('C0DIGEST01', sampleDigest())).rejects.toThrow(/not_in_channel/);
  });
});
