import { afterEach, describe, expect, it } from 'vitest';
import { startSlack } from '../../../adapters/slack/start-slack.js';
import { slackEnvSchema } from '../../../adapters/slack/slack-env.js';
import { FakeSlack } from '../../fakes/fake-slack.js';
import { mentionEvent } from '../../fakes/slack-payloads.js';
import {
  capturingLogger,
  failOnUnhandledRejections,
  settle,
  startSlackHarness,
  testSigningSecret,
  type SlackHarness,
  type SlackMode,
} from '../../fakes/slack-harness.js';
import { sendSigned, slackSignature } from '../../fakes/slack-signed-request.js';
import { testAdvisor } from '../../fakes/test-advisor.js';

failOnUnhandledRejections();

describe('GIVEN the Slack app in HTTP mode', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('WHEN the signature is wrong THEN Bolt answers 401 AND nothing reaches the core', async () => {
    h = await startSlackHarness('http');
    const body = JSON.stringify(mentionEvent({ text: 'hi' }));
    const now = Math.floor(Date.now() / 1000);
    const res = await sendSigned(h.eventsUrl, { secret: testSigningSecret, body, signature: slackSignature('wrong-secret', now, body), timestamp: now });
    expect(res.status).toBe(401);
    await settle();
    expect(h.seen).toEqual([]);
    expect(h.fake.callsOf('chat.postMessage')).toEqual([]);
  });

  it('WHEN the timestamp is older than 5 minutes THEN 401 even with a valid signature', async () => {
    h = await startSlackHarness('http');
    const body = JSON.stringify(mentionEvent({ text: 'hi' }));
    const res = await sendSigned(h.eventsUrl, { secret: testSigningSecret, body, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    await settle();
    expect(h.seen).toEqual([]);
  });

  it('WHEN the body is not JSON THEN 400 AND nothing reaches the core', async () => {
    h = await startSlackHarness('http');
    const res = await sendSigned(h.eventsUrl, { secret: testSigningSecret, body: '{"event": {"type": "app_mention", ' });
    expect(res.status).toBe(400);
    await settle();
    expect(h.seen).toEqual([]);
  });

  it('WHEN an event arrives THEN it is acked before the core is asked', async () => {
    let release: () => void = () => undefined;
    const { advisor } = await testAdvisor();
    const gate = new Promise<void>((resolve) => (release = resolve));
    h = await startSlackHarness('http', { advisor: { ...advisor, handle: async (m) => (await gate, advisor.handle(m)) } });
    const res = await sendSigned(h.eventsUrl, { secret: testSigningSecret, body: JSON.stringify(mentionEvent({ text: 'hi' })) });
    expect(res.status).toBe(200);
    expect(h.fake.callsOf('chat.postMessage')).toEqual([]);
    release();
    await h.fake.waitForCall('chat.postMessage');
  });
});

describe.each<SlackMode>(['http', 'socket'])('GIVEN the Slack app in %s mode, stopped', (mode) => {
  it('THEN no server, socket or timer of ours is left open', async () => {
    const watched = new Set(['TCPServerWrap', 'TCPSocketWrap', 'Timeout']);
    const count = (): Record<string, number> => {
      const counts: Record<string, number> = {};
      for (const r of process.getActiveResourcesInfo()) if (watched.has(r)) counts[r] = (counts[r] ?? 0) + 1;
      return counts;
    };
    await settle(50);
    const before = count();
    const h = await startSlackHarness(mode);
    await h.event(mentionEvent({ text: 'hello' }));
    await h.fake.waitForCall('chat.postMessage');
    await h.slack.stop();
    if (mode === 'socket') await expect.poll(() => h.fake.socket.connected, { timeout: 2000 }).toBe(false);
    else await expect(sendSigned(h.eventsUrl, { secret: testSigningSecret, body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
    await h.close();
    await settle(100);
    const after = count();
    for (const kind of watched) expect(after[kind] ?? 0, kind).toBeLessThanOrEqual(before[kind] ?? 0);
  });
});

describe('GIVEN a bot token Slack refuses', () => {
  it('THEN startSlack rejects with the Web API error and leaves nothing running', async () => {
    const fake = await FakeSlack.start();
    fake.failNext('auth.test', { error: 'invalid_auth' });
    const { advisor, store } = await testAdvisor();
    const env = slackEnvSchema.parse({ SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_SIGNING_SECRET: testSigningSecret, SLACK_API_URL: fake.apiUrl, PORT: '0' });
    const { logger, lines } = capturingLogger();
    await expect(startSlack({ env, advisor, store, logger, host: '127.0.0.1' })).rejects.toThrow(/invalid_auth/);
    expect(JSON.stringify(lines)).not.toContain('xoxb-revoked');
    await fake.close();
  });
});
