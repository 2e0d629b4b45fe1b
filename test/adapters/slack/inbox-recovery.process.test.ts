import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../fakes/cli-bot.js';
import { freePort } from '../../fakes/cli-process.js';
import { FakeSlack, responseMethod, type RecordedCall } from '../../fakes/fake-slack.js';
import { blockActions, commandFields, mentionEvent, nextTs } from '../../fakes/slack-payloads.js';
import { formBody, sendSigned } from '../../fakes/slack-signed-request.js';

const secret = 'inbox-recovery-signing-secret';
/** Short leases and retries, so that recovery happens within a second or two. */
const inboxEnv = { INBOX_LEASE_MS: '1000', INBOX_POLL_MS: '200', INBOX_RETRY_MIN_MS: '100', INBOX_RETRY_MAX_MS: '400' };
const question = 'how do we keep our notebook instance bill low?';

type Mode = 'http' | 'socket';

/** The real `ml-advisor start` against the fake Slack, killed with SIGKILL and started again on one SQLite file. */
describe.each<Mode>(['http', 'socket'])('GIVEN the bot in Slack %s mode on SQLite', (mode) => {
  let fake: FakeSlack;
  let dir: string;
  const bots: RunningBot[] = [];

  beforeAll(async () => {
    fake = await FakeSlack.start();
    dir = mkdtempSync(path.join(os.tmpdir(), `inbox-${mode}-`));
  });
  afterEach(async () => {
    fake.stopFailing('chat.postMessage');
    fake.stopFailing(responseMethod);
    await Promise.all(bots.splice(0).map((b) => b.kill()));
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = async (db: string): Promise<RunningBot> => {
    const port = await freePort();
    const platform: Record<string, string> =
      mode === 'http' ? { SLACK_SIGNING_SECRET: secret, PORT: String(port) } : { SLACK_APP_TOKEN: 'xapp-inbox-test' };
    const bot = await startBot({
      SLACK_BOT_TOKEN: 'xoxb-inbox-test', SLACK_API_URL: fake.apiUrl, SQLITE_PATH: path.join(dir, db), ...platform, ...inboxEnv,
    });
    bots.push(bot);
    if (mode === 'http') Object.assign(bot, { eventsUrl: `http://127.0.0.1:${port}/slack/events` });
    return bot;
  };
  const deliver = async (bot: RunningBot, envelope: Record<string, unknown>): Promise<void> => {
    if (mode === 'socket') {
      await fake.socket.send('events_api', envelope);
      return;
    }
    const url = (bot as RunningBot & { eventsUrl: string }).eventsUrl;
    expect((await sendSigned(url, { secret, body: JSON.stringify(envelope) })).status).toBe(200);
  };
  const postsIn = (ts: string): RecordedCall[] => fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === ts);
  const partsOf = (posts: RecordedCall[]): number[] =>
    posts.map((c) => (c.args.metadata as { event_payload: { part: number } }).event_payload.part).sort();

  it('WHEN it is SIGKILLed with one reply failing with 503 and another accepted by Slack but not yet recorded as sent THEN after a restart each mention has exactly one reply in its thread', async () => {
    const outage = mentionEvent({ text: question, channel: 'C0OUTAGE' });
    const accepted = mentionEvent({ text: question, channel: 'C0ACCEPT' });
    const [outageTs, acceptedTs] = [outage, accepted].map((e) => String((e.event as { ts: string }).ts)) as [string, string];
    fake.failWhile('chat.postMessage', { status: 503 }, (args) => args.thread_ts === outageTs);
    fake.hangNext('chat.postMessage', (args) => args.thread_ts === acceptedTs);
    const first = await start('bot.db');
    await deliver(first, outage);
    await deliver(first, accepted);
    await expect.poll(() => fake.failed.filter((c) => c.args.thread_ts === outageTs).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === acceptedTs, 20_000);
    await first.kill();
    fake.stopFailing('chat.postMessage');

    const second = await start('bot.db');
    await fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === outageTs, 20_000);
    await fake.waitForCall('conversations.replies', (c) => c.args.ts === acceptedTs, 20_000);
    await expect.poll(() => second.gauge('ml_advisor_inbox_pending'), { timeout: 20_000 }).toBe(0);
    for (const [ts, channel] of [[outageTs, 'C0OUTAGE'], [acceptedTs, 'C0ACCEPT']] as const) {
      const posts = postsIn(ts);
      expect(posts.every((c) => c.args.channel === channel)).toBe(true);
      expect(partsOf(posts)).toEqual(posts.map((_, i) => i));
      expect(String(posts[0]?.args.text).length).toBeGreaterThan(50);
    }
  }, 90_000);

  // One transport is enough here: the command and clicks are recorded by the same gate as events in both modes.
  if (mode === 'http') {
    it('WHEN a 👍 is acknowledged and it is SIGKILLed while chat.update answers 503 THEN after a restart the vote is stored once and its buttons give way to the thanks', async () => {
      fake.failWhile('chat.update', { status: 503 });
      const first = await start('vote.db');
      const url = (first as RunningBot & { eventsUrl: string }).eventsUrl;
      const blocks = [
        { type: 'section', block_id: 's1', text: { type: 'mrkdwn', text: 'answer' } },
        { type: 'actions', block_id: 'mla-feedback', elements: [] },
      ];
      const message = { ts: nextTs(), text: 'answer', blocks };
      const click = blockActions({ value: 'feedback:up:spot-training', actionId: 'mla:fb-up', responseUrl: fake.responseUrl('vote-crash'), message });
      expect((await sendSigned(url, { secret, body: formBody({ payload: JSON.stringify(click) }), contentType: 'application/x-www-form-urlencoded' })).status).toBe(200);
      await expect.poll(() => fake.failed.filter((c) => c.method === 'chat.update').length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      await first.kill();
      fake.stopFailing('chat.update');

      const second = await start('vote.db');
      const update = await fake.waitForCall('chat.update', (c) => c.args.ts === message.ts, 20_000);
      await expect.poll(() => second.gauge('ml_advisor_inbox_pending'), { timeout: 20_000 }).toBe(0);
      expect((update.args.blocks as Array<{ type: string }>).map((b) => b.type)).toEqual(['section', 'context']);
      const db = new Database(path.join(dir, 'vote.db'), { readonly: true });
      try {
        expect(db.prepare("SELECT entry_id, vote FROM feedback").all()).toEqual([{ entry_id: 'spot-training', vote: 'up' }]);
      } finally {
        db.close();
      }
    }, 90_000);


    it('WHEN /ml-start <question> is acknowledged and it is SIGKILLed while the response_url answers 503 THEN after a restart the caller gets exactly one reply', async () => {
      fake.failWhile(responseMethod, { status: 503 });
      const first = await start('command.db');
      const url = (first as RunningBot & { eventsUrl: string }).eventsUrl;
      const form = new URLSearchParams(commandFields(question, fake.responseUrl('cmd-crash'))).toString();
      const res = await sendSigned(url, { secret, body: form, contentType: 'application/x-www-form-urlencoded' });
      expect(res.status).toBe(200);
      await expect.poll(() => fake.failed.filter((c) => c.method === responseMethod).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      await first.kill();
      fake.stopFailing(responseMethod);

      const second = await start('command.db');
      await fake.waitForResponse((r) => r.id === 'cmd-crash', 20_000);
      await expect.poll(() => second.gauge('ml_advisor_inbox_pending'), { timeout: 20_000 }).toBe(0);
      const replies = fake.responses.filter((r) => r.id === 'cmd-crash');
      expect(replies).toHaveLength(1);
      expect(replies[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(String(replies[0]?.body.text).length).toBeGreaterThan(50);
    }, 90_000);
  }
});
