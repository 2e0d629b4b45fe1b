import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startCli, type RunningCli } from '../../fakes/cli-process.js';
import { newUser, messagePayload } from '../../fakes/discord-payloads.js';
import type { SentMessage } from '../../fakes/discord-rest-call.js';
import { snowflake } from '../../fakes/discord-snowflake.js';
import { startFakeDiscord } from '../../fakes/fake-discord.js';
import { FakeSlack } from '../../fakes/fake-slack.js';
import { decodePng } from '../../fakes/png-decode.js';
import { mentionEvent } from '../../fakes/slack-payloads.js';
import { sendSigned } from '../../fakes/slack-signed-request.js';

const BOT_TOKEN = 'xoxb-start-command-secret-token';
const SIGNING_SECRET = 'start-command-signing-secret';

describe('ml-advisor start (the composition root) with Slack in HTTP mode', () => {
  let fake: FakeSlack;
  let bot: RunningCli;
  let dir: string;
  let port: number;
  let opsPort: number;

  beforeAll(async () => {
    fake = await FakeSlack.start();
    dir = mkdtempSync(path.join(os.tmpdir(), 'ml-advisor-start-'));
    [port, opsPort] = [await freePort(), await freePort()];
    bot = startCli(['start'], {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      OPS_PORT: String(opsPort),
      OPS_HOST: '127.0.0.1',
      SQLITE_PATH: path.join(dir, 'bot.db'),
      LOG_LEVEL: 'debug',
      // The weekly digest, every two seconds here so that one comes while the tests run.
      DIGEST_SLACK_CHANNEL: 'C0DIGEST01',
      DIGEST_CRON: '*/2 * * * * *',
    });
    const deadline = Date.now() + 25_000;
    while ((await fetch(`http://127.0.0.1:${opsPort}/healthz`).catch(() => undefined))?.status !== 200) {
      if (Date.now() > deadline || bot.child.exitCode !== null) throw new Error(`the bot did not become healthy:\n${bot.output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 30_000);

  afterAll(async () => {
    if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('GIVEN the tokens THEN /healthz reports Slack connected and the knowledge loaded', async () => {
    const health = (await (await fetch(`http://127.0.0.1:${opsPort}/healthz`)).json()) as { checks: Record<string, unknown> };
    expect(health.checks).toMatchObject({ knowledge: true, slack: 'connected' });
  });

  it('WHEN a mention arrives THEN the answer is posted in its thread AND /metrics counts it', async () => {
    const event = mentionEvent({ text: 'how do we keep our notebook instance bill low?' });
    const ts = (event.event as { ts: string }).ts;
    const res = await sendSigned(`http://127.0.0.1:${port}/slack/events`, { secret: SIGNING_SECRET, body: JSON.stringify(event) });
    expect(res.status).toBe(200);
    const post = await fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === ts);
    expect(String(post.args.text).length).toBeGreaterThan(50);
    const metrics = await (await fetch(`http://127.0.0.1:${opsPort}/metrics`)).text();
    expect(metrics).toMatch(/ml_advisor_questions_total\{[^}]*platform="slack"[^}]*outcome="answer"[^}]*\} 1/);
  });

  it('GIVEN DIGEST_SLACK_CHANNEL THEN the composition root schedules the digest: its chart is uploaded there as a PNG', async () => {
    const deadline = Date.now() + 10_000;
    while (fake.files.shared.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const [shared] = fake.files.shared;
    expect(shared).toMatchObject({ channel: 'C0DIGEST01', filename: 'ml-advisor-digest.png' });
    expect(decodePng(shared?.bytes ?? Buffer.alloc(0))).toMatchObject({ width: 960, height: 480 });
    expect(shared?.comment).toMatch(/^\*ML Advisor digest\*: /);
    expect(bot.output()).toContain('digest scheduled');
  });

  it('WHEN SIGTERM arrives THEN it shuts down cleanly AND no secret ever reached the log', async () => {
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain('ml-advisor is running');
    expect(bot.output()).not.toContain(BOT_TOKEN);
    expect(bot.output()).not.toContain(SIGNING_SECRET);
  });
});

describe('ml-advisor start with bad settings', () => {
  it('GIVEN a half-configured platform THEN it stops with every problem named AND no value echoed', async () => {
    const bot = startCli(['start'], { SLACK_BOT_TOKEN: 'not-a-bot-token-42', DISCORD_TOKEN: 'short', OPS_PORT: 'ninety' });
    expect(await bot.exited).toBe(2);
    const out = bot.output();
    for (const variable of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_APPLICATION_ID', 'OPS_PORT']) expect(out).toContain(variable);
    expect(out).not.toContain('not-a-bot-token-42');
  });
});

describe('ml-advisor start with Discord', () => {
  it('GIVEN the Discord settings THEN it connects, answers a mention without pinging anyone, and stops on SIGTERM', async () => {
    const fake = await startFakeDiscord();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-advisor-start-discord-'));
    const opsPort = await freePort();
    const bot = startCli(['start'], {
      ...fake.env,
      OPS_PORT: String(opsPort),
      OPS_HOST: '127.0.0.1',
      SQLITE_PATH: path.join(dir, 'bot.db'),
    });
    try {
      const deadline = Date.now() + 25_000;
      while ((await fetch(`http://127.0.0.1:${opsPort}/healthz`).catch(() => undefined))?.status !== 200) {
        if (Date.now() > deadline || bot.child.exitCode !== null) throw new Error(`the bot did not become healthy:\n${bot.output()}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const guild = fake.guilds[0]!;
      const id = snowflake();
      fake.dispatch(
        'MESSAGE_CREATE',
        messagePayload({ id, author: newUser('ada'), content: `<@${fake.bot.id}> @everyone is DeepAR good for demand forecasting?`, channelId: guild.channelId, guildId: guild.id, mentions: [fake.bot] }),
        guild.id,
      );
      const reply = await fake.waitFor((c) => (c.body as SentMessage | undefined)?.message_reference?.message_id === id, 15_000);
      expect((reply.body as SentMessage).allowed_mentions?.parse ?? []).toEqual([]);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(bot.output()).not.toContain(fake.token);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});
