import { describe, expect, it } from 'vitest';
import type { CoreMessage } from '../../src/message.js';
import type { Reply } from '../../src/reply.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { action, message } from '../fakes/core-messages.js';
import { paraphrases } from '../match/paraphrases.js';

const where = { conversationId: 'C-conv', threadId: 'T-1' } satisfies Partial<CoreMessage>;
const firstQuestion = Object.entries(paraphrases).map(([painPoint, qs]) => ({ painPoint, q: qs[2]! }));
const outcomeOf = (r: Reply) => ({ outcome: r.outcome, painPoint: r.painPoint, entryId: r.entryId });

describe('follow-ups keep the previous pain point', () => {
  it.each(firstQuestion.flatMap(({ painPoint, q }) => ['tell me more', 'why?', 'any examples?'].map((f) => ({ painPoint, q, f }))))(
    'GIVEN an answer from $painPoint THEN "$f" stays in $painPoint',
    async ({ painPoint, q, f }) => {
      const { advisor } = await coreAdvisor();
      expect((await advisor.handle(message(q, where))).painPoint).toBe(painPoint);
      const reply = await advisor.handle(message(f, where));
      expect(reply).toMatchObject({ outcome: 'answer', painPoint });
    },
  );

  it('GIVEN "tell me more" again and again THEN each time an entry not shown before', async () => {
    const { advisor } = await coreAdvisor();
    const shown = [(await advisor.handle(message(paraphrases.infrastructure![0]!, where))).entryId];
    for (let i = 0; i < 3; i++) {
      const reply = await advisor.handle(message('tell me more', where));
      expect(reply).toMatchObject({ outcome: 'answer', painPoint: 'infrastructure' });
      expect(reply.entryId).not.toBeNull();
      expect(shown).not.toContain(reply.entryId);
      shown.push(reply.entryId);
    }
  });

  it('GIVEN a topic chosen with an action THEN "tell me more" continues that topic', async () => {
    const { advisor } = await coreAdvisor();
    await advisor.handle(action('topic:data-preparation', where));
    expect(await advisor.handle(message('tell me more', where))).toMatchObject({ outcome: 'answer', painPoint: 'data-preparation' });
  });

  it('GIVEN any entry chosen with an action THEN "tell me more" and "any examples?" stay in its pain point', async () => {
    const { advisor } = await coreAdvisor({ settings: { rateLimit: null } });
    const leaks: string[] = [];
    for (const [i, entry] of advisor.index.knowledge.entries.entries()) {
      for (const followUp of ['tell me more', 'any examples?']) {
        const here = { conversationId: `C-follow-${i}`, threadId: followUp };
        await advisor.handle(action(`entry:${entry.id}`, here));
        const next = await advisor.handle(message(followUp, here));
        if (next.outcome !== 'answer' || next.painPoint !== entry.painPoint || next.entryId === entry.id) {
          leaks.push(`${entry.id} + "${followUp}" → ${next.outcome} ${next.painPoint}/${next.entryId}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe('context is per conversation and thread, and expires', () => {
  /** What "tell me more" gets with no context at all. */
  async function withoutContext(): Promise<ReturnType<typeof outcomeOf>> {
    const { advisor } = await coreAdvisor();
    return outcomeOf(await advisor.handle(message('tell me more', { conversationId: 'C-fresh' })));
  }

  it.each([
    ['another thread of the conversation', { ...where, threadId: 'T-2' }],
    ['the conversation outside the thread', { conversationId: where.conversationId }],
    ['another conversation', { conversationId: 'C-other', threadId: where.threadId }],
    ['another platform', { ...where, platform: 'slack' as const }],
  ])('GIVEN an answer in a thread THEN %s does not see it', async (_what, elsewhere) => {
    const { advisor } = await coreAdvisor();
    await advisor.handle(message(paraphrases['cost-control']![0]!, where));
    const there = await advisor.handle(message('tell me more', elsewhere));
    expect(outcomeOf(there)).toEqual(await withoutContext());
    expect((await advisor.handle(message('tell me more', where))).painPoint).toBe('cost-control');
  });

  it('GIVEN an idle time shorter than contextTtlMs THEN the follow-up works; longer THEN the context is gone', async () => {
    const ttl = 5 * 60_000;
    const { advisor, clock } = await coreAdvisor({ settings: { contextTtlMs: ttl } });
    await advisor.handle(message(paraphrases['slow-delivery']![0]!, where));
    clock.advance(ttl - 1_000);
    expect((await advisor.handle(message('why?', where))).painPoint).toBe('slow-delivery');
    clock.advance(ttl + 1);
    expect(outcomeOf(await advisor.handle(message('tell me more', where)))).toEqual(await withoutContext());
  });
});
