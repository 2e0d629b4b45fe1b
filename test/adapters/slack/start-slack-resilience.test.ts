import { afterEach, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../src/advisor.js';
import type { Reply } from '../../../src/reply.js';
import { mentionEvent, nextTs } from '../../fakes/slack-payloads.js';
import {
  failOnUnhandledRejections,
  settle,
  startSlackHarness,
  testSigningSecret,
  type SlackHarness,
  type SlackMode,
} from '../../fakes/slack-harness.js';
import { testAdvisor } from '../../fakes/test-advisor.js';

failOnUnhandledRejections();

/** A core that echoes the question, as a reply to a question it did not understand might. */
async function echoingAdvisor(): Promise<Advisor> {
  const { advisor } = await testAdvisor();
  return {
    ...advisor,
    handle: async (message): Promise<Reply> => ({
      outcome: 'fallback', painPoint: null, entryId: null, confidence: 0, title: 'Not sure',
      body: `You asked: ${message.text}\n\n- **${message.text}**`,
      sources: [], actions: [{ id: 'menu', label: message.text.slice(0, 80) || 'menu' }], feedback: false,
    }),
  };
}

describe.each<SlackMode>(['http', 'socket'])('GIVEN the Slack app in %s mode', (mode) => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('WHEN the same event is delivered again as a retry THEN it is answered once', async () => {
    h = await startSlackHarness(mode);
    const event = mentionEvent({ text: 'how do we start?' });
    await h.event(event);
    await h.event(event, 1);
    await h.event(event, 2);
    await h.fake.waitForCall('chat.postMessage');
    await settle();
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(1);
    expect(h.seen).toHaveLength(1);
  });

  it('WHEN the first delivery of an event never reached a process and Slack resends it THEN the resend is answered once, in its thread, from the backlog lane', async () => {
    h = await startSlackHarness(mode);
    const ts = nextTs();
    const event = mentionEvent({ text: 'how do we start?', ts });
    await h.event(event, 1);
    await h.event(event, 2);
    const post = await h.fake.waitForCall('chat.postMessage');
    await settle();
    expect(post.args.thread_ts).toBe(ts);
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(1);
    // The backlog lane sends like a recovery: it first looks in the thread for a reply already posted.
    expect(h.fake.callsOf('conversations.replies').length).toBeGreaterThanOrEqual(1);
    expect(h.seen).toHaveLength(1);
  });

  it('WHEN Slack answers 429 THEN the reply is retried after Retry-After and still arrives', async () => {
    h = await startSlackHarness(mode);
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    const ts = nextTs();
    await h.event(mentionEvent({ text: 'cost control', ts }));
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(post.args.thread_ts).toBe(ts);
    expect(post.at - started).toBeGreaterThanOrEqual(900);
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('WHEN the text holds <!channel>, <!here> and a user mention THEN nothing in the reply can ping', async () => {
    h = await startSlackHarness(mode, { advisor: await echoingAdvisor() });
    await h.event(mentionEvent({ text: '<!channel> <!here> <@U0BOB> hi & bye' }));
    const post = await h.fake.waitForCall('chat.postMessage');
    const sent = JSON.stringify(post.args);
    expect(h.seen[0]?.text).toBe('<!channel> <!here> <@U0BOB> hi & bye');
    expect(sent).not.toMatch(/<!channel>|<!here>|<@U0BOB>/);
    expect(sent).toContain('&lt;!channel&gt;');
    expect(String(post.args.text)).toContain('&lt;!here&gt;');
  });

  it('WHEN a 50 kB message arrives THEN the core gets a bounded question AND the reply respects Slack limits', async () => {
    h = await startSlackHarness(mode, { advisor: await echoingAdvisor() });
    await h.event(mentionEvent({ text: 'why '.repeat(12_500) }));
    await h.fake.waitForCall('chat.postMessage');
    await settle();
    expect(h.seen[0]!.text.length).toBeLessThanOrEqual(40_000);
    const posts = h.fake.callsOf('chat.postMessage');
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(posts.length).toBeLessThanOrEqual(4);
    for (const post of posts) {
      const blocks = post.args.blocks as { type: string; text?: { text: string } }[];
      expect(blocks.length).toBeLessThanOrEqual(50);
      for (const b of blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
      expect(String(post.args.text).length).toBeLessThanOrEqual(3000);
    }
  });

  it('WHEN the core throws THEN the user gets a short apology in the thread AND the error is logged', async () => {
    const { advisor } = await testAdvisor();
    const broken: Advisor = { ...advisor, handle: () => Promise.reject(new Error('matcher exploded')) };
    h = await startSlackHarness(mode, { advisor: broken });
    const ts = nextTs();
    await h.event(mentionEvent({ text: 'anything', ts }));
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(post.args.thread_ts).toBe(ts);
    expect(String(post.args.text)).toMatch(/sorry/i);
    const errors = h.lines.filter((l) => l.level === 50);
    expect(errors.some((l) => (l.err as { message?: string } | undefined)?.message === 'matcher exploded')).toBe(true);
  });

  it('WHEN the Web API keeps failing THEN the error is logged and the app keeps answering', async () => {
    h = await startSlackHarness(mode);
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await h.event(mentionEvent({ text: 'first' }));
    await expect.poll(() => h!.lines.some((l) => l.level === 50), { timeout: 10_000 }).toBe(true);
    const ts = nextTs();
    await h.event(mentionEvent({ text: 'second', ts }));
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(post.args.thread_ts).toBe(ts);
  });

  it('THEN no token or secret ever reaches the log', async () => {
    h = await startSlackHarness(mode);
    await h.event(mentionEvent({ text: 'hello' }));
    await h.fake.waitForCall('chat.postMessage');
    const logged = JSON.stringify(h.lines);
    expect(logged).not.toContain('xoxb-test-token');
    expect(logged).not.toContain('xapp-test-token');
    expect(logged).not.toContain(testSigningSecret);
  });
});
