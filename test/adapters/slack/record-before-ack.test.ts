import { describe, expect, it } from 'vitest';
import { brokenStore } from '../../fakes/core-advisor.js';
import { mentionEvent } from '../../fakes/slack-payloads.js';
import { settle, startSlackHarness } from '../../fakes/slack-harness.js';

describe('GIVEN the Slack app in HTTP mode with a store that cannot be written', () => {
  it('WHEN a mention arrives THEN it is not acknowledged (500, so Slack delivers it again) AND nothing is answered', async () => {
    const h = await startSlackHarness('http', { store: brokenStore() });
    try {
      const res = await h.event(mentionEvent({ text: 'how do we start?' }));
      expect(res.status).toBe(500);
      await settle();
      expect(h.seen).toHaveLength(0);
      expect(h.fake.callsOf('chat.postMessage')).toHaveLength(0);
    } finally {
      await h.slack.stop();
      await h.fake.close();
    }
  });

  it('WHEN another event arrives (one that owes no reply) THEN it is acknowledged as before', async () => {
    const h = await startSlackHarness('http', { store: brokenStore() });
    try {
      const res = await h.event(mentionEvent({ text: 'from a bot', extra: { bot_id: 'B0OTHER' } }));
      expect(res.status).toBe(200);
    } finally {
      await h.slack.stop();
      await h.fake.close();
    }
  });
});
