/**
 * `npm run bench:inbox-window` — how long a Slack reply stays "accepted by Slack but not yet marked done": the
 * window in which a crash leaves a record that a re-drive sends again (a duplicate, unless the thread can be read
 * with the history scopes, see docs/slack.md). The Slack adapter in HTTP mode on a SQLite store against the fake
 * Slack; WINDOW_MENTIONS mentions (default 200), one every WINDOW_GAP_MS (default 100). The window is measured
 * from the fake answering `chat.postMessage` to `finishInbound` having committed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { cacheDir, cachedIndex } from '../adapters/cli/index-cache.js';
import { packageRoot } from '../adapters/cli/package-root.js';
import { slackEnvSchema } from '../adapters/slack/slack-env.js';
import { startSlack } from '../adapters/slack/start-slack.js';
import { SqliteStore } from '../adapters/store/sqlite-store.js';
import { createAdvisor } from '../src/advisor.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { FakeSlack, type RecordedCall } from '../test/fakes/fake-slack.js';
import { percentile, sleep } from '../test/fakes/slack-bench-support.js';
import { mentionEvent } from '../test/fakes/slack-payloads.js';
import { sendSigned } from '../test/fakes/slack-signed-request.js';

const mentions = Number(process.env.WINDOW_MENTIONS ?? 200);
const gapMs = Number(process.env.WINDOW_GAP_MS ?? 100);
const secret = 'window-bench-signing-secret';

async function run(): Promise<void> {
  const logger = pino({ level: 'error' }, pino.destination(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inbox-window-'));
  const store = SqliteStore.open({ path: path.join(dir, 'bot.db'), logger });
  const finished = new Map<string, number>();
  const finish = store.inbox.finishInbound.bind(store.inbox);
  store.inbox.finishInbound = async (key, now, reason) => {
    await finish(key, now, reason);
    finished.set(key, performance.now());
  };
  const knowledge = await loadKnowledge(path.join(packageRoot(), 'knowledge'));
  const index = await cachedIndex(knowledge, cacheDir(process.env), logger);
  const advisor = createAdvisor({ knowledge, index, store, logger, settings: { rateLimit: { limit: 1_000_000, windowMs: 60_000 } } });
  const fake = await FakeSlack.start();
  const accepted = new Map<string, number>();
  fake.on('call', (call: RecordedCall) => {
    const key = (call.args.metadata as { event_payload?: { inbox_key?: string } } | undefined)?.event_payload?.inbox_key;
    if (key && !accepted.has(key)) accepted.set(key, performance.now());
  });
  const env = slackEnvSchema.parse({ SLACK_BOT_TOKEN: 'xoxb-window', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl, PORT: '0' });
  const slack = await startSlack({ env, advisor, store, logger, host: '127.0.0.1' });
  for (let i = 0; i < mentions; i++) {
    const body = JSON.stringify(mentionEvent({ text: `how do we label our data? ${i}` }));
    await sendSigned(`http://127.0.0.1:${slack.port ?? 0}/slack/events`, { secret, body });
    await sleep(gapMs);
  }
  await sleep(1_000);
  const windows = [...accepted].map(([key, at]) => (finished.get(key) ?? NaN) - at).filter(Number.isFinite);
  const mean = windows.reduce((a, b) => a + b, 0) / Math.max(1, windows.length);
  process.stdout.write(
    `inbox-window-bench: ${windows.length} replies; Slack accepted → record done: p50 ${percentile(windows, 0.5)} ms, ` +
      `p99 ${percentile(windows, 0.99)} ms, max ${percentile(windows, 1)} ms, mean ${mean.toFixed(1)} ms\n`,
  );
  await slack.stop();
  await fake.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

run().catch((err: unknown) => {
  process.stderr.write(`inbox-window-bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
