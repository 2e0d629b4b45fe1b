import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../src/advisor.js';
import { recordingAdvisor, scriptedAdvisor } from '../../fakes/discord-advisors.js';
import { dmChannelOf, startDiscordHarness, type DiscordHarness } from '../../fakes/discord-harness.js';
import { newGuild } from '../../fakes/discord-payloads.js';
import { autocomplete, buttonClick, messageCommand, modalSubmit, slashCommand, type InteractionPlace } from '../../fakes/discord-interactions.js';
import type { CallbackBody, RestCall, SentMessage } from '../../fakes/discord-rest-call.js';
import { failOnUnhandledRejection } from '../../fakes/discord-unhandled.js';
import { shippedKnowledge, testAdvisor } from '../../fakes/test-advisor.js';

failOnUnhandledRejection();

/** Discord's 3 s deadline scaled down ten times (the adapter defers as soon as the interaction is recorded). */
const DEADLINE_MS = 300;

async function interact(h: DiscordHarness, payload: { id: string; token: string; guild_id?: string }): Promise<RestCall & { body: CallbackBody }> {
  h.fake.dispatch('INTERACTION_CREATE', payload, payload.guild_id);
  return (await h.fake.waitFor((c) => c.path.startsWith(`/interactions/${payload.id}/`))) as RestCall & { body: CallbackBody };
}

/** An interaction answered through the inbox: the deferral (type 5) first, then the edit of `@original`. */
async function answered(h: DiscordHarness, payload: { id: string; token: string; guild_id?: string }): Promise<{ callback: RestCall & { body: CallbackBody }; data: SentMessage }> {
  const callback = await interact(h, payload);
  expect(callback.body.type).toBe(5);
  const edit = await h.fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(payload.token) && c.status === 200);
  return { callback, data: edit.body as SentMessage };
}

const buttonIds = (data?: SentMessage): string[] => (data?.components ?? []).flatMap((r) => r.components.map((b) => b.custom_id ?? ''));

describe('GIVEN interactions (slash command, autocomplete, buttons, modal, context menu)', () => {
  let h: DiscordHarness;
  let advisor: Advisor & { seen: import('../../../src/message.js').CoreMessage[] };
  let place: InteractionPlace;
  beforeAll(async () => {
    advisor = recordingAdvisor((await testAdvisor()).advisor);
    h = await startDiscordHarness({ advisor, interactionDeadlineMs: DEADLINE_MS });
    place = { user: h.user, applicationId: h.fake.applicationId, guildId: h.guild.id, channelId: h.guild.channelId };
  });
  afterAll(async () => h?.stop());

  it('WHEN /ml-start has no question THEN the welcome comes back with one button per pain point', async () => {
    const { callback, data } = await answered(h, slashCommand(place, 'ml-start'));
    expect(callback.status).toBe(204);
    const topics = (await shippedKnowledge()).painPoints.map((p) => `topic:${p.id}`);
    expect(buttonIds(data).filter((id) => id.startsWith('topic:')).sort()).toEqual([...topics].sort());
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(advisor.seen.at(-1)).toMatchObject({ kind: 'command', text: '', workspaceId: h.guild.id });
  });

  it('WHEN /ml-start has a question THEN the core gets it as a command and the answer is the reply', async () => {
    const { data } = await answered(h, slashCommand(place, 'ml-start', [{ name: 'question', value: 'How do we label data cheaply?' }]));
    expect(data.content).toBeTruthy();
    expect(advisor.seen.at(-1)).toMatchObject({ kind: 'command', text: 'How do we label data cheaply?', conversationId: h.guild.channelId });
  });

  it('WHEN the question is an autocomplete pick THEN the core gets that entry as an action', async () => {
    const entry = (await shippedKnowledge()).entries[1]!;
    const { data } = await answered(h, slashCommand(place, 'ml-start', [{ name: 'question', value: `entry:${entry.id}` }]));
    expect(advisor.seen.at(-1)).toMatchObject({ kind: 'action', text: `entry:${entry.id}` });
    expect(data.content).toContain(entry.title.slice(0, 12));
  });

  it('WHEN the user types in the question option THEN topics and entries matching the words are suggested', async () => {
    const knowledge = await shippedKnowledge();
    const empty = await interact(h, autocomplete(place, 'ml-start', 'question', ''));
    expect(empty.body.type).toBe(8);
    const choices = empty.body.data?.choices ?? [];
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.slice(0, knowledge.painPoints.length).map((c) => c.value)).toEqual(knowledge.painPoints.map((p) => `topic:${p.id}`));
    const entry = knowledge.entries.at(-1)!;
    const word = entry.title.split(/\s+/).find((w) => w.length > 4) ?? entry.title;
    const typed = await interact(h, autocomplete(place, 'ml-start', 'question', word.toUpperCase()));
    const typedChoices = typed.body.data?.choices ?? [];
    expect(typedChoices.map((c) => c.value)).toContain(`entry:${entry.id}`);
    expect(typedChoices.every((c) => c.name.toLowerCase().includes(word.toLowerCase()))).toBe(true);
  });

  it('WHEN a topic button is clicked THEN its id goes to the core as an action and the answer is posted', async () => {
    const topic = (await shippedKnowledge()).painPoints[0]!;
    const { data } = await answered(h, buttonClick(place, `topic:${topic.id}`, h.fake.bot));
    expect(data.content).toBeTruthy();
    expect(advisor.seen.at(-1)).toMatchObject({ kind: 'action', text: `topic:${topic.id}`, userId: h.user.id });
  });

  it('WHEN 👎 is clicked THEN a form opens, and its answer reaches the core as feedback:comment with the input', async () => {
    const entry = (await shippedKnowledge()).entries[0]!;
    const open = await interact(h, buttonClick(place, `feedback:down:${entry.id}`, h.fake.bot));
    expect(open.body.type).toBe(9);
    expect(open.body.data?.custom_id).toBe(`feedback:comment:${entry.id}`);
    const sent = await answered(h, modalSubmit(place, `feedback:comment:${entry.id}`, 'comment', 'I needed GPU prices'));
    expect(sent.callback.body.data?.flags).toBe(64);
    expect(advisor.seen.at(-1)).toMatchObject({ kind: 'action', text: `feedback:comment:${entry.id}`, input: 'I needed GPU prices' });
    expect(advisor.seen.some((m) => m.text === `feedback:down:${entry.id}`)).toBe(true);
  });

  it('WHEN 👍 is clicked THEN the vote reaches the core and the acknowledgement is private', async () => {
    const entry = (await shippedKnowledge()).entries[0]!;
    const { callback } = await answered(h, buttonClick(place, `feedback:up:${entry.id}`, h.fake.bot));
    expect(callback.body.data?.flags).toBe(64);
    expect(advisor.seen.at(-1)).toMatchObject({ kind: 'action', text: `feedback:up:${entry.id}` });
  });

  it('WHEN "Ask ML Advisor" is used on a message THEN that message text is the question', async () => {
    await answered(h, messageCommand(place, 'Ask ML Advisor', { content: 'Should we fine-tune or use RAG?', author: h.user }));
    expect(advisor.seen.at(-1)).toMatchObject({ kind: 'command', text: 'Should we fine-tune or use RAG?' });
  });

  it('WHEN /ml-start is used in a DM THEN it works without a guild', async () => {
    const dm = { user: h.user, applicationId: h.fake.applicationId, channelId: dmChannelOf(h.user) };
    await answered(h, slashCommand(dm, 'ml-start'));
    expect(advisor.seen.at(-1)?.workspaceId).toBeUndefined();
  });
});

describe('GIVEN a core slower than the interaction deadline', () => {
  it('WHEN /ml-start is used THEN the adapter defers in time and edits the answer in', async () => {
    const slow = scriptedAdvisor((await testAdvisor()).advisor, { delayMs: DEADLINE_MS * 2, reply: { body: 'Late but here.' } });
    const h = await startDiscordHarness({ advisor: slow, interactionDeadlineMs: DEADLINE_MS });
    try {
      const place = { user: h.user, applicationId: h.fake.applicationId, guildId: h.guild.id, channelId: h.guild.channelId };
      const payload = slashCommand(place, 'ml-start', [{ name: 'question', value: 'slow one' }]);
      const callback = await interact(h, payload);
      expect(callback.body.type).toBe(5);
      expect(callback.status).toBe(204);
      const edit = await h.fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(payload.token));
      expect(edit.status).toBe(200);
      expect((edit.body as SentMessage).content).toContain('Late but here.');
      expect(h.fake.calls.some((c) => (c.body as { code?: number } | undefined)?.code === 10062 || c.status === 404)).toBe(false);
    } finally {
      await h.stop();
    }
  });
});

describe('GIVEN a store that has not yet answered the channel mode read', () => {
  it('WHEN /ml-start, a topic button, 👎 and "Ask a person" come from a server channel THEN each is acknowledged first, and the core still gets the mode', async () => {
    const inner = (await testAdvisor()).advisor;
    let reads = 0;
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const advisor = recordingAdvisor({
      ...inner,
      async channelMode(platform, channelId) {
        reads += 1;
        await gate;
        return inner.channelMode(platform, channelId);
      },
    });
    const guild = newGuild('Acme');
    const h = await startDiscordHarness({ guilds: [guild], advisor, interactionDeadlineMs: DEADLINE_MS, env: { DISCORD_EXPERTS_ROLE: guild.expertsRoleId } });
    try {
      const place = { user: h.user, applicationId: h.fake.applicationId, guildId: guild.id, channelId: guild.channelId };
      const knowledge = await shippedKnowledge();
      const callbacks = await Promise.all([
        interact(h, slashCommand(place, 'ml-start', [{ name: 'question', value: 'How do we label data cheaply?' }])),
        interact(h, buttonClick(place, `topic:${knowledge.painPoints[0]!.id}`, h.fake.bot)),
        interact(h, buttonClick(place, `feedback:down:${knowledge.entries[0]!.id}`, h.fake.bot)),
        interact(h, buttonClick(place, 'handoff:ask', h.fake.bot)),
      ]);
      // Deferred reply, deferred reply, the 👎 form, deferred update: all in time, while every mode read still waits.
      expect(callbacks.map((c) => [c.body.type, c.status])).toEqual([[5, 204], [5, 204], [9, 204], [6, 204]]);
      expect(reads).toBeGreaterThan(0);
      expect(advisor.seen).toEqual([]);
      release();
      await expect.poll(() => advisor.seen.length).toBe(4);
      expect(advisor.seen.map((m) => [m.channelMode, m.handoff])).toEqual(Array(4).fill(['mention', true]));
    } finally {
      release();
      await h.stop();
    }
  });
});
