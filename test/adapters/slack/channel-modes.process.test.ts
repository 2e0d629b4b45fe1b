import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../../adapters/store/postgres-store.js';
import { startBot, type RunningBot } from '../../fakes/cli-bot.js';
import { freePort } from '../../fakes/cli-process.js';
import { FakeSlack, type RecordedCall, type RecordedResponse } from '../../fakes/fake-slack.js';
import { runCli } from '../../fakes/run-cli.js';
import { blockActions, channelMessageEvent, commandFields, nextTs } from '../../fakes/slack-payloads.js';
import { formBody, sendSigned } from '../../fakes/slack-signed-request.js';
import { dropSchema, freshSchema, testPostgres } from '../../fakes/store-postgres.js';
import { shippedKnowledge, silentLogger } from '../../fakes/test-advisor.js';

const server = testPostgres();
const secret = 'channel-modes-signing-secret';
const experts = 'S0EXPERTS';
const cacheMs = 500;
const confidentQuestion = 'how do we keep our notebook instance bill low?';
const offTopicQuestion = 'what is the best pizza topping in naples?';

interface Bot {
  process: RunningBot;
  eventsUrl: string;
}

/**
 * The "done when" for Slack, against the real `ml-advisor start` (HTTP mode) and one fake Slack: channel modes
 * set by an admin's `/ml-start channel`, unmentioned questions, follow-ups, the hand-off, and (on PostgreSQL) a
 * second replica that sees the mode the first one stored. Without PostgreSQL the first bot runs on SQLite and the
 * replica test is skipped.
 */
describe('GIVEN the real start command in Slack HTTP mode with an experts group', () => {
  const schema = freshSchema('chmodes');
  const url = server ? `${server.url}?options=-c%20search_path%3D${schema}` : undefined;
  let dir: string;
  let fake: FakeSlack;
  let first: Bot;
  let second: Bot | undefined;
  const storeEnv = (): Record<string, string> => (url ? { DATABASE_URL: url } : { SQLITE_PATH: path.join(dir, 'bot.db') });

  const start = async (): Promise<Bot> => {
    const port = await freePort();
    const process = await startBot({
      SLACK_BOT_TOKEN: 'xoxb-channel-modes', SLACK_SIGNING_SECRET: secret, PORT: String(port), SLACK_API_URL: fake.apiUrl,
      SLACK_EXPERTS_GROUP: experts, SLACK_CHANNEL_MODE_CACHE_MS: String(cacheMs), ADMIN_USER_IDS: 'U0ADMIN', ...storeEnv(),
    });
    return { process, eventsUrl: `http://127.0.0.1:${port}/slack/events` };
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'channel-modes-'));
    fake = await FakeSlack.start();
    fake.setUsergroup(experts, ['U0EXPERT']);
    // The schema must exist before a search_path can point at it: opening the store creates and migrates it.
    if (server) await (await PostgresStore.open({ url: server.url, schema, logger: silentLogger() })).close();
    [first, second] = await Promise.all([start(), server ? start() : Promise.resolve(undefined)]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([first, second].map((b) => b?.process.stop()));
    await fake?.close();
    if (server) await dropSchema(server.url, schema);
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const deliver = async (bot: Bot, envelope: Record<string, unknown>): Promise<void> => {
    expect((await sendSigned(bot.eventsUrl, { secret, body: JSON.stringify(envelope) })).status).toBe(200);
  };
  const form = async (bot: Bot, body: string): Promise<void> => {
    expect((await sendSigned(bot.eventsUrl, { secret, body, contentType: 'application/x-www-form-urlencoded' })).status).toBe(200);
  };
  let responses = 0;
  const command = async (bot: Bot, text: string, channel: string, user: string): Promise<RecordedResponse> => {
    const id = `cmd${(responses += 1)}`;
    await form(bot, formBody(commandFields(text, fake.responseUrl(id), channel, user)));
    return fake.waitForResponse((r) => r.id === id, 20_000);
  };
  const postsIn = (ts: string): RecordedCall[] => fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === ts);
  const nthPost = async (ts: string, n: number): Promise<RecordedCall> => {
    await expect.poll(() => postsIn(ts).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(n);
    return postsIn(ts)[n - 1]!;
  };
  const click = async (bot: Bot, value: string, user: string, channel: string, root: string, on: RecordedCall): Promise<void> => {
    const button = (on.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .flatMap((b) => b.elements ?? []).find((e) => e.value === value);
    expect(button, `a ${value} button`).toBeDefined();
    const message = { ts: String(on.result?.ts), thread_ts: root, text: String(on.args.text), blocks: on.args.blocks as unknown[] };
    const payload = blockActions({ value, actionId: button?.action_id ?? '', user, channel, responseUrl: fake.responseUrl(`click-${value}`), message });
    await form(bot, formBody({ payload: JSON.stringify(payload) }));
  };
  /** Gives the bot time to (wrongly) answer, then checks that it did not. */
  const nothingIn = async (ts: string): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(postsIn(ts)).toEqual([]);
  };
  const painPointOf = async (post: RecordedCall | undefined): Promise<string | undefined> =>
    (await shippedKnowledge()).entries.find((e) => String(post?.args.text ?? '').startsWith(e.title))?.painPoint;

  it('WHEN an admin sets /ml-start channel auto THEN a top-level question there without a mention is answered in its thread AND "lunch?" gets nothing', async () => {
    const refused = await command(first, 'channel auto', 'C0AUTO', 'U0ALICE');
    expect(String(refused.body.text)).toMatch(/Only admins can change the channel mode/);
    const set = await command(first, 'channel auto', 'C0AUTO', 'U0ADMIN');
    expect(set.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(set.body.text)).toMatch(/This channel is now in auto mode/);

    const chatter = nextTs();
    await deliver(first, channelMessageEvent({ text: 'lunch?', channel: 'C0AUTO', user: 'U0CAROL', ts: chatter }));
    const root = nextTs();
    await deliver(first, channelMessageEvent({ text: confidentQuestion, channel: 'C0AUTO', user: 'U0CAROL', ts: root }));
    const answer = await nthPost(root, 1);
    expect(answer.args.channel).toBe('C0AUTO');
    expect(await painPointOf(answer)).toBe('cost-control');
    await nothingIn(chatter);
  }, 60_000);

  it('WHEN a channel is confident THEN a question it can only fall back on gets nothing AND a confident one is answered', async () => {
    await command(first, 'channel confident', 'C0SURE', 'U0ADMIN');
    const offTopic = nextTs();
    await deliver(first, channelMessageEvent({ text: offTopicQuestion, channel: 'C0SURE', user: 'U0DAVE', ts: offTopic }));
    const sure = nextTs();
    await deliver(first, channelMessageEvent({ text: confidentQuestion, channel: 'C0SURE', user: 'U0DAVE', ts: sure }));
    await nthPost(sure, 1);
    await nothingIn(offTopic);
  }, 60_000);

  it('WHEN the asker follows up in the thread without a mention THEN it continues the topic; after a colleague replies THEN the asker gets nothing', async () => {
    const root = nextTs();
    await deliver(first, channelMessageEvent({ text: confidentQuestion, channel: 'C0AUTO', user: 'U0ERIN', ts: root }));
    const answer = await nthPost(root, 1);
    await deliver(first, channelMessageEvent({ text: 'tell me more', channel: 'C0AUTO', user: 'U0ERIN', thread_ts: root }));
    const more = await nthPost(root, 2);
    expect(more.args.text).not.toBe(answer.args.text);
    expect(await painPointOf(more)).toBe(await painPointOf(answer));
    expect(String(more.args.text)).not.toMatch(/not sure I can help/);

    await deliver(first, channelMessageEvent({ text: 'we set budgets per team, works well', channel: 'C0AUTO', user: 'U0FRANK', thread_ts: root }));
    await deliver(first, channelMessageEvent({ text: 'why?', channel: 'C0AUTO', user: 'U0ERIN', thread_ts: root }));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(postsIn(root)).toHaveLength(2);
  }, 60_000);

  it('WHEN "Ask a person" is clicked THEN the thread gets a post that pings exactly the experts; "Mark resolved" by an expert is recorded and reported', async () => {
    const root = nextTs();
    await deliver(first, channelMessageEvent({ text: `<!here> ${confidentQuestion} <@U0BOB>`, channel: 'C0AUTO', user: 'U0GRACE', ts: root }));
    const answer = await nthPost(root, 1);
    await click(first, 'handoff:ask', 'U0GRACE', 'C0AUTO', root, answer);
    const handOff = await nthPost(root, 2);
    expect(String(handOff.args.text).startsWith(`<!subteam^${experts}> `)).toBe(true);
    expect(JSON.stringify(handOff.args).replaceAll(`<!subteam^${experts}>`, '')).not.toMatch(/<[!@]/);
    await click(first, 'handoff:resolve', 'U0EXPERT', 'C0AUTO', root, handOff);
    const resolved = await nthPost(root, 3);
    expect(String(resolved.args.text)).toMatch(/Marked resolved/);
    expect(fake.callsOf('usergroups.users.list').map((c) => c.args.usergroup)).toContain(experts);

    const report = await runCli(['report', '--json'], { env: storeEnv(), timeoutMs: 20_000 });
    expect(report.stderr).toBe('');
    const json = JSON.parse(report.stdout) as { handOffs: Record<string, unknown>; channelModes: { key: string; count: number }[] };
    expect(json.handOffs).toMatchObject({ total: 1, resolved: 1, resolutionRate: 1, perPainPoint: [{ key: 'cost-control', count: 1 }] });
    expect(json.handOffs.medianMinutesToResolve).toEqual(expect.any(Number));
    expect(json.channelModes.find((r) => r.key === 'auto')?.count).toBeGreaterThanOrEqual(4);
    expect(json.channelModes.find((r) => r.key === 'confident')?.count).toBe(2);
  }, 60_000);

  it.runIf(server)('GIVEN a second replica on the same PostgreSQL THEN it sees the channel mode set through the first', async () => {
    const replica = second as Bot;
    const before = nextTs();
    await deliver(replica, channelMessageEvent({ text: confidentQuestion, channel: 'C0LATE', user: 'U0HEIDI', ts: before }));
    await command(first, 'channel auto', 'C0LATE', 'U0ADMIN');
    expect(String((await command(replica, 'channel', 'C0LATE', 'U0HEIDI')).body.text)).toMatch(/This channel's mode: auto/);
    await new Promise((resolve) => setTimeout(resolve, cacheMs + 100));
    const after = nextTs();
    await deliver(replica, channelMessageEvent({ text: confidentQuestion, channel: 'C0LATE', user: 'U0HEIDI', ts: after }));
    await nthPost(after, 1);
    expect(postsIn(before)).toEqual([]);
  }, 60_000);

  it('THEN no post or response but the one hand-off pinged anyone', async () => {
    const sent = [...fake.callsOf('chat.postMessage').map((c) => c.args), ...fake.responses.map((r) => r.body)].map((b) => JSON.stringify(b));
    expect(sent.length).toBeGreaterThanOrEqual(10);
    expect(sent.filter((s) => s.includes('<!subteam'))).toHaveLength(1);
    for (const s of sent) expect(s).not.toMatch(/<!channel>|<!here>|<!everyone>|<@U/);
  });
});
