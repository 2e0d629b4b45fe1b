import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../fakes/cli-bot.js';
import { freePort } from '../../fakes/cli-process.js';
import { FakeSlack, type RecordedCall } from '../../fakes/fake-slack.js';
import { mentionEvent } from '../../fakes/slack-payloads.js';
import { sendSigned } from '../../fakes/slack-signed-request.js';

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

  it('WHEN it is killed while chat.postMessage answers 503 THEN after a restart the mention gets exactly one reply in its thread', async () => {
    fake.failWhile('chat.postMessage', { status: 503 });
    const first = await start('outage.db');
    const event = mentionEvent({ text: question, channel: 'C0OUTAGE' });
    const ts = String((event.event as { ts: string }).ts);
    await deliver(first, event);
    await expect.poll(() => fake.failed.filter((c) => c.args.thread_ts === ts).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await first.kill();
    fake.stopFailing('chat.postMessage');

    const second = await start('outage.db');
    await fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === ts, 20_000);
    await expect.poll(() => second.gauge('ml_advisor_inbox_pending'), { timeout: 20_000 }).toBe(0);
    const posts = postsIn(ts);
    expect(posts.every((c) => c.args.channel === 'C0OUTAGE')).toBe(true);
    expect(partsOf(posts)).toEqual(posts.map((_, i) => i));
    expect(String(posts[0]?.args.text).length).toBeGreaterThan(50);
  }, 90_000);

  it('WHEN it dies after Slack accepted the reply but before closing the record THEN the restart finds it in the thread and posts nothing again', async () => {
    fake.hangNext('chat.postMessage');
    const first = await start('accepted.db');
    const event = mentionEvent({ text: question, channel: 'C0ACCEPT' });
    const ts = String((event.event as { ts: string }).ts);
    await deliver(first, event);
    await fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === ts, 20_000);
    await first.kill();

    const second = await start('accepted.db');
    await fake.waitForCall('conversations.replies', (c) => c.args.ts === ts, 20_000);
    await expect.poll(() => second.gauge('ml_advisor_inbox_pending'), { timeout: 20_000 }).toBe(0);
    expect(partsOf(postsIn(ts))).toEqual(postsIn(ts).map((_, i) => i));
  }, 90_000);
});
