import { describe, expect, it } from 'vitest';
import type { CoreMessage } from '../src/message.js';
import { replySchema } from '../src/reply.js';
import { brokenStore, coreAdvisor } from './fakes/core-advisor.js';
import { action, message } from './fakes/core-messages.js';
import { paraphrases } from './match/paraphrases.js';

const PAIN_POINTS = ['where-to-start', 'no-ml-code', 'data-preparation', 'slow-delivery', 'infrastructure', 'cost-control'];
const topicIds = PAIN_POINTS.map((p) => `topic:${p}`);

describe('handle: welcome, /ml-start and help', () => {
  it.each([
    ['an empty DM', message('')],
    ['a blank mention', message('   ', { kind: 'mention' })],
    ['/ml-start with no argument', message('', { kind: 'command' })],
    ['the menu action', action('menu')],
  ])('GIVEN %s THEN a welcome with the six topics as actions', async (_what, msg) => {
    const { advisor } = await coreAdvisor();
    const reply = await advisor.handle(msg);
    expect(reply.outcome).toBe('smalltalk');
    expect(reply.actions.map((a) => a.id).sort()).toEqual([...topicIds].sort());
    expect(reply.feedback).toBe(false);
  });

  it('GIVEN /ml-start help THEN how to use the bot, unlike the welcome', async () => {
    const { advisor } = await coreAdvisor();
    const help = await advisor.handle(message('help', { kind: 'command' }));
    const welcome = await advisor.handle(message('', { kind: 'command' }));
    expect(help.outcome).toBe('smalltalk');
    expect(help.body).not.toBe(welcome.body);
    expect(help.body).toContain('/ml-start');
    expect(help.actions.map((a) => a.id).sort()).toEqual([...topicIds].sort());
  });

  it.each(PAIN_POINTS)('GIVEN /ml-start %s (a topic id) THEN that pain point\'s overview', async (painPoint) => {
    const { advisor } = await coreAdvisor();
    const reply = await advisor.handle(message(painPoint, { kind: 'command' }));
    expect(reply).toMatchObject({ outcome: 'answer', painPoint, entryId: null });
  });

  it('GIVEN /ml-start with a topic label in any case THEN that pain point\'s overview', async () => {
    const { advisor } = await coreAdvisor();
    const index = advisor.index;
    for (const p of index.knowledge.painPoints) {
      for (const text of [p.label, p.label.toUpperCase()]) {
        expect(await advisor.handle(message(text, { kind: 'command' }))).toMatchObject({ outcome: 'answer', painPoint: p.id, entryId: null });
      }
    }
  });

  it('GIVEN /ml-start with a question THEN it is answered like a DM', async () => {
    const { advisor } = await coreAdvisor();
    const question = paraphrases['cost-control']![2]!;
    const viaCommand = await advisor.handle(message(question, { kind: 'command', conversationId: 'c1' }));
    const viaDm = await advisor.handle(message(question, { conversationId: 'c2' }));
    expect(viaCommand.outcome).toBe('answer');
    expect(viaCommand.painPoint).toBe('cost-control');
    expect(viaCommand.entryId).toBe(viaDm.entryId);
  });
});

describe('handle: actions', () => {
  it.each(PAIN_POINTS)('GIVEN topic:%s THEN the overview of that pain point', async (painPoint) => {
    const { advisor } = await coreAdvisor();
    expect(await advisor.handle(action(`topic:${painPoint}`))).toMatchObject({ outcome: 'answer', painPoint, entryId: null });
  });

  it('GIVEN entry:<id> for every entry THEN that entry', async () => {
    const { advisor } = await coreAdvisor({ settings: { rateLimit: null } });
    for (const e of advisor.index.knowledge.entries) {
      expect(await advisor.handle(action(`entry:${e.id}`))).toMatchObject({ outcome: 'answer', entryId: e.id, painPoint: e.painPoint, body: e.body });
    }
  });

  it.each(['topic:nope', 'entry:nope', 'nope', 'path:nowhere', 'topic:', ':', 'x'.repeat(100)])('GIVEN the unknown action %j THEN a fallback with the topics', async (id) => {
    const { advisor } = await coreAdvisor();
    const reply = await advisor.handle(action(id));
    expect(reply.outcome).toBe('fallback');
    expect(reply.actions.map((a) => a.id).sort()).toEqual([...topicIds].sort());
  });
});

describe('handle: rate limit', () => {
  const settings = { rateLimit: { limit: 3, windowMs: 60_000 } };

  it('GIVEN a limit of 3 a minute THEN the 4th question is a notice, and a minute later questions are answered again', async () => {
    const { advisor, clock } = await coreAdvisor({ settings });
    const q = paraphrases.infrastructure![2]!;
    for (let i = 0; i < 3; i++) {
      expect((await advisor.handle(message(q))).outcome).toBe('answer');
      clock.advance(1_000);
    }
    const limited = await advisor.handle(message(q));
    expect(limited.outcome).toBe('notice');
    expect(limited.body).toMatch(/\d+ s/);
    expect((await advisor.handle(message(q, { userId: 'U-other' }))).outcome).toBe('answer');
    clock.advance(60_000);
    expect((await advisor.handle(message(q))).outcome).toBe('answer');
  });

  it('GIVEN rateLimit null THEN there is no limit', async () => {
    const { advisor } = await coreAdvisor({ settings: { rateLimit: null } });
    for (let i = 0; i < 30; i++) expect((await advisor.handle(message('hello'))).outcome).not.toBe('notice');
  });
});

describe('handle: invalid messages and a failing store', () => {
  it.each([
    ['an empty userId', { userId: '' }],
    ['an empty conversationId', { conversationId: '' }],
    ['an unknown platform', { platform: 'irc' }],
    ['an unknown kind', { kind: 'reaction' }],
    ['a text that is not a string', { text: 42 }],
  ])('GIVEN %s THEN a notice, no throw', async (_what, bad) => {
    const { advisor, store } = await coreAdvisor();
    const reply = await advisor.handle({ ...message('hello'), ...bad } as unknown as CoreMessage);
    expect(reply.outcome).toBe('notice');
    expect(replySchema.safeParse(reply).success).toBe(true);
    expect(store.questions).toHaveLength(0);
  });

  it('GIVEN a store that throws on every call THEN a question still gets its answer', async () => {
    const { advisor } = await coreAdvisor({ store: brokenStore(), settings: { rateLimit: { limit: 3, windowMs: 60_000 } } });
    const reply = await advisor.handle(message(paraphrases['slow-delivery']![2]!));
    expect(reply).toMatchObject({ outcome: 'answer', painPoint: 'slow-delivery' });
    expect((await advisor.handle(message('', { kind: 'command' }))).outcome).toBe('smalltalk');
    expect((await advisor.handle(action('topic:cost-control'))).outcome).toBe('answer');
  });

  it('GIVEN a store that throws THEN a feedback click is never thanked', async () => {
    const { advisor } = await coreAdvisor({ store: brokenStore() });
    const settled = await advisor.handle(action('feedback:up:aws-free-tier')).then(
      (reply) => ({ reply }),
      (err: unknown) => ({ err }),
    );
    if ('reply' in settled) expect(`${settled.reply.title} ${settled.reply.body}`).not.toMatch(/thank/i);
    else expect(settled.err).toBeInstanceOf(Error);
  });
});

describe('handle: question log and privacy', () => {
  it('GIVEN questions THEN each is logged with its outcome under a hashed user id, never the raw id', async () => {
    const { advisor, store } = await coreAdvisor();
    await advisor.handle(message(paraphrases['no-ml-code']![1]!, { userId: 'U-RAW-123', workspaceId: 'T9' }));
    await advisor.handle(message('how do I center a div with css', { userId: 'U-RAW-123' }));
    await advisor.handle(action('topic:cost-control', { userId: 'U-RAW-123' }));
    expect(store.questions).toHaveLength(2);
    expect(store.questions.map((q) => q.outcome)).toEqual(['answer', 'fallback']);
    expect(store.questions[0]).toMatchObject({ painPoint: 'no-ml-code', workspaceId: 'T9', text: paraphrases['no-ml-code']![1] });
    for (const q of store.questions) {
      expect(q.userKey).not.toContain('U-RAW-123');
      expect(q.userKey).toBe(store.questions[0]?.userKey);
    }
    expect(JSON.stringify(store.questions)).not.toContain('U-RAW-123');
  });

  it('GIVEN a userHashKey THEN the stored key differs from the unkeyed one and between keys', async () => {
    const keyFor = async (userHashKey?: string): Promise<string | undefined> => {
      const { advisor, store } = await coreAdvisor({ settings: userHashKey ? { userHashKey } : {} });
      await advisor.handle(message('hello', { userId: 'U-RAW-123' }));
      return store.questions[0]?.userKey;
    };
    const [plain, a, b, a2] = await Promise.all([keyFor(), keyFor('secret-a'), keyFor('secret-b'), keyFor('secret-a')]);
    expect(new Set([plain, a, b]).size).toBe(3);
    expect(a2).toBe(a);
    for (const k of [plain, a, b]) expect(k).not.toContain('U-RAW-123');
  });

  it('GIVEN logQuestions false THEN outcomes are logged but no text', async () => {
    const { advisor, store } = await coreAdvisor({ settings: { logQuestions: false } });
    await advisor.handle(message(paraphrases['data-preparation']![1]!));
    await advisor.handle(message('hello'));
    expect(store.questions).toHaveLength(2);
    for (const q of store.questions) expect(q.text).toBeNull();
    expect(JSON.stringify(store.questions)).not.toContain('scanned');
  });

  it('GIVEN a 100 kB question THEN the logged text is bounded', async () => {
    const { advisor, store } = await coreAdvisor();
    await advisor.handle(message('gpu '.repeat(25_000)));
    expect(store.questions[0]?.text?.length).toBeGreaterThan(0);
    expect(store.questions[0]?.text?.length).toBeLessThanOrEqual(40_000);
  });
});

describe('handle: /ml-start stats', () => {
  const summary = async (): Promise<string> => 'questions per pain point: cost-control 3';

  it.each([
    ['an admin, with a summary wired in', ['U-admin'], summary, 'U-admin', true],
    ['someone who is not an admin', ['U-admin'], summary, 'U-someone', false],
    ['an admin, but no summary wired in (terminal chat)', ['U-admin'], undefined, 'U-admin', false],
  ] as const)('GIVEN %s THEN the summary is shown only when both hold', async (_what, admins, stats, userId, shown) => {
    const { advisor } = await coreAdvisor({ settings: { admins }, ...(stats ? { stats } : {}) });
    const reply = await advisor.handle(message('stats', { kind: 'command', userId }));
    expect(reply.outcome).toBe('notice');
    expect(reply.body.includes('cost-control 3')).toBe(shown);
  });
});
