import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/store/memory-store.js';
import { settle, startSlackHarness, type SlackHarness } from '../../fakes/slack-harness.js';

const question = 'how do I monitor model drift in production?';
const route = { platform: 'slack', userId: 'U0THIRD', conversationId: 'C0HELP', threadId: '1710000000.000100' };

describe('Slack: a gap someone asked to hear about is answered now', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('GIVEN an opted-in me-too whose question the knowledge now answers THEN at start it is posted in the thread, tagging that person only, once', async () => {
    const store = new MemoryStore();
    await store.addGapVote({ questionId: 'q1', text: question, painPoint: null, outcome: 'fallback', platform: 'slack', userKey: 'k3', at: 1, notify: route });
    await store.addGapVote({ questionId: 'q2', text: 'how do we certify our greenhouse sensors for export?', painPoint: null, outcome: 'fallback', platform: 'slack', userKey: 'k4', at: 2, notify: { ...route, userId: 'U0FOURTH' } });
    h = await startSlackHarness('http', { store });
    await settle(300);
    const posts = h.fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args).toMatchObject({ channel: 'C0HELP', thread_ts: '1710000000.000100' });
    const text = String(posts[0]?.args.text);
    expect(text.startsWith('<@U0THIRD> ')).toBe(true);
    expect(text).toContain(`You asked “${question}”`);
    expect(JSON.stringify(posts[0]?.args).match(/<[@!][^>]*>/g)).toEqual(['<@U0THIRD>', '<@U0THIRD>']);
    expect((await store.openGapNotices('slack', 10)).map((n) => n.questionId)).toEqual(['q2']);
  });
});
