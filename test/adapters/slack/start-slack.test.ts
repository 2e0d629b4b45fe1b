import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mentionEvent, nextTs } from '../../fakes/slack-payloads.js';
import { startSlackHarness, type SlackHarness, type SlackMode } from '../../fakes/slack-harness.js';

const failOnUnhandled = (reason: unknown): never => {
  throw reason instanceof Error ? reason : new Error(String(reason));
};
beforeAll(() => {
  process.on('unhandledRejection', failOnUnhandled);
  return () => process.off('unhandledRejection', failOnUnhandled);
});

describe.each<SlackMode>(['http', 'socket'])('GIVEN the Slack app in %s mode', (mode) => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('THEN a mention is answered in its thread, mention stripped', async () => {
    h = await startSlackHarness(mode);
    const ts = nextTs();
    const res = await h.event(mentionEvent({ text: 'how do we start with ML?', ts }));
    expect(res.status).toBe(200);
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: ts });
    expect(post.token).toBe('xoxb-test-token');
    expect(Array.isArray(post.args.blocks)).toBe(true);
  });
});
