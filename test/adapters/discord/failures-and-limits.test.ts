import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { scriptedAdvisor } from '../../fakes/discord-advisors.js';
import { startDiscordHarness } from '../../fakes/discord-harness.js';
import type { SentMessage } from '../../fakes/discord-rest-call.js';
import { failOnUnhandledRejection } from '../../fakes/discord-unhandled.js';
import { testAdvisor } from '../../fakes/test-advisor.js';

failOnUnhandledRejection();

function capturingLogger(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const out: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (out.push(String(chunk)), done()) });
  return { logger: pino({ level: 'info' }, stream), lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

let shared: ReturnType<typeof testAdvisor> | undefined;
/** One real advisor for the file (building the matcher takes a moment); tests wrap it. */
const realAdvisor = (): ReturnType<typeof testAdvisor> => (shared ??= testAdvisor());

const paragraph = (i: number): string => `Paragraph ${i}: ${'lorem ipsum dolor sit amet '.repeat(12).trim()}.`;

describe('GIVEN answers and failures at the edges', () => {
  it('WHEN an answer is longer than 2,000 characters THEN it arrives split, in order, buttons on the last part', async () => {
    const body = Array.from({ length: 20 }, (_, i) => paragraph(i)).join('\n\n');
    const { advisor: real } = await realAdvisor();
    const advisor = scriptedAdvisor(real, {
      reply: { body, title: 'Long one', sources: [{ label: 'Docs', url: 'https://example.com/docs' }], actions: [{ id: 'menu', label: 'Menu' }], feedback: true, entryId: 'long-one' },
    });
    const h = await startDiscordHarness({ advisor });
    try {
      const id = h.say('tell me everything');
      await h.replyTo(id);
      await h.fake.waitFor((c) => c.method === 'POST' && ((c.body as SentMessage).components?.length ?? 0) > 0);
      const posts = h.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${h.guild.channelId}/messages`).map((c) => c.body as SentMessage);
      expect(posts.length).toBeGreaterThan(2);
      for (const post of posts) {
        expect((post.content ?? '').length).toBeLessThanOrEqual(2000);
        expect(post.allowed_mentions).toEqual({ parse: [], replied_user: false });
      }
      const all = posts.map((p) => p.content ?? '').join('\n\n');
      for (let i = 0; i < 20; i += 1) expect(all).toContain(`Paragraph ${i}:`);
      expect(all.indexOf('Paragraph 3:')).toBeLessThan(all.indexOf('Paragraph 17:'));
      expect(posts.slice(0, -1).every((p) => (p.components ?? []).length === 0)).toBe(true);
      const last = posts.at(-1)!;
      const ids = last.components!.flatMap((row) => row.components.map((b) => b.custom_id));
      expect(ids).toEqual(['menu', 'feedback:up:long-one', 'feedback:down:long-one']);
      expect(last.embeds?.[0]?.description).toContain('https://example.com/docs');
    } finally {
      await h.stop();
    }
  });

  it('WHEN the core throws THEN the user gets a short apology and the error is logged once', async () => {
    const { advisor: real } = await realAdvisor();
    const advisor = scriptedAdvisor(real, { fail: new Error('matcher exploded') });
    const { logger, lines } = capturingLogger();
    const h = await startDiscordHarness({ advisor, logger });
    try {
      const reply = await h.replyTo(h.say('anything'));
      expect(reply.body.content).toMatch(/^Sorry, something went wrong/);
      expect(reply.body.content).not.toContain('matcher exploded');
      const errors = lines().filter((l) => l.level === 50);
      expect(errors).toHaveLength(1);
      expect((errors[0]!.err as { message: string }).message).toBe('matcher exploded');
      // Still alive: the next message is handled too.
      expect(await h.replyTo(h.say('again'))).toBeTruthy();
      expect(JSON.stringify(lines())).not.toContain(h.fake.token);
    } finally {
      await h.stop();
    }
  });

  it('WHEN echoed user text contains @everyone and mentions THEN they are escaped and nothing is parsed', async () => {
    const { advisor: real } = await realAdvisor();
    const advisor = scriptedAdvisor(real, { reply: { title: 'You said @everyone', body: 'Hi <@123456789012345678> and @here, **bold** stays.' } });
    const h = await startDiscordHarness({ advisor });
    try {
      const reply = await h.replyTo(h.say('echo'));
      expect(reply.body.content).not.toMatch(/@everyone|@here|(?<!\\)<@\d/);
      expect(reply.body.content).toContain('**bold**');
      expect(reply.body.allowed_mentions?.parse).toEqual([]);
    } finally {
      await h.stop();
    }
  });

  it('WHEN the adapter stops THEN no socket, server or timer of it is left open', async () => {
    const kinds = (): string[] => process.getActiveResourcesInfo().filter((k) => k !== 'TTYWrap').sort();
    await new Promise((resolve) => setTimeout(resolve, 200)); // let earlier tests' sockets finish closing
    const before = kinds();
    const h = await startDiscordHarness();
    await h.replyTo(h.say('hello'));
    await h.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(kinds()).toEqual(before);
  });
});
