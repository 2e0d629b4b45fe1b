import { describe, expect, it } from 'vitest';
import type { CoreMessage } from '../../src/message.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { action, message } from '../fakes/core-messages.js';

const here = { platform: 'slack', conversationId: 'C-help', threadId: '100.1' } as const;
const ask = (text: string, userId = 'U-asker'): CoreMessage => message(text, { ...here, kind: 'mention', userId });
const click = (id: string, userId = 'U-asker'): CoreMessage => action(id, { ...here, userId });

describe('learning from clicks', () => {
  it('GIVEN an answer with no specific entry THEN picking a nearest entry records a pick with the question\'s words, and 👍 then confirms it', async () => {
    const { advisor, store } = await coreAdvisor();
    const reply = await advisor.handle(ask('what about costs and data?'));
    expect(reply).toMatchObject({ outcome: 'answer', entryId: null, uncovered: true });
    const picked = reply.actions.find((a) => a.id.startsWith('entry:'))?.id.slice('entry:'.length) ?? '';
    await advisor.handle(click(`entry:${picked}`));
    await advisor.handle(click(`feedback:up:${picked}`));
    const questionId = store.questions[0]?.id;
    expect(questionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.signals.map((s) => [s.questionId, s.signal, s.entryId, s.text])).toEqual([
      [questionId, 'pick', picked, 'what about costs and data?'],
      [questionId, 'up', picked, 'what about costs and data?'],
    ]);
  });

  it('GIVEN a direct answer THEN a follow-up button and 👎 are recorded against its entry, each once', async () => {
    const { advisor, store } = await coreAdvisor();
    const reply = await advisor.handle(ask('how do I monitor model drift in production?'));
    expect(reply.entryId).not.toBeNull();
    const related = reply.actions.find((a) => a.id.startsWith('entry:'))?.id ?? '';
    await advisor.handle(click(related));
    await advisor.handle(click(related));
    await advisor.handle(click(`feedback:down:${reply.entryId}`));
    expect(store.signals.map((s) => [s.signal, s.entryId])).toEqual([['follow-up', reply.entryId], ['down', reply.entryId]]);
  });

  it('GIVEN a fallback THEN it offers Me too; each person counts once, and the notice opt-in keeps where to reach them', async () => {
    const { advisor, store } = await coreAdvisor();
    const reply = await advisor.handle(ask('what is a good recipe for banana bread?'));
    expect(reply.outcome).toBe('fallback');
    expect(reply.actions.map((a) => a.id)).toEqual(expect.arrayContaining(['gap:me-too', 'gap:me-too-notify']));
    expect((await advisor.handle(click('gap:me-too', 'U-colleague'))).title).toBe('Counted — thank you');
    expect((await advisor.handle(click('gap:me-too-notify', 'U-colleague'))).title).toBe('You are already counted');
    await advisor.handle(click('gap:me-too-notify', 'U-third'));
    expect(store.gapVotes.map((v) => [v.text, v.outcome, v.notify])).toEqual([
      ['what is a good recipe for banana bread?', 'fallback', undefined],
      ['what is a good recipe for banana bread?', 'fallback', { platform: 'slack', userId: 'U-third', conversationId: 'C-help', threadId: '100.1' }],
    ]);
    expect(new Set(store.gapVotes.map((v) => v.questionId))).toEqual(new Set([store.questions[0]?.id]));
    expect(store.gapVotes.every((v) => !v.userKey.includes('U-'))).toBe(true);
  });

  it('GIVEN an answer THEN no Me too; a Me too click with no open gap here is answered plainly', async () => {
    const { advisor, store } = await coreAdvisor();
    const reply = await advisor.handle(ask('how do I monitor model drift in production?'));
    expect(reply.actions.map((a) => a.id)).not.toContain('gap:me-too');
    expect((await advisor.handle(click('gap:me-too'))).title).toBe('That question is no longer open here');
    expect(store.gapVotes).toEqual([]);
  });

  it('GIVEN question logging off THEN signals and votes keep no words', async () => {
    const { advisor, store } = await coreAdvisor({ settings: { logQuestions: false } });
    await advisor.handle(ask('what is a good recipe for banana bread?'));
    await advisor.handle(click('gap:me-too', 'U-colleague'));
    const answer = await advisor.handle(ask('how do I monitor model drift in production?', 'U-other'));
    await advisor.handle(click(`feedback:up:${answer.entryId}`, 'U-other'));
    expect(store.gapVotes[0]?.text).toBeNull();
    expect(store.signals.map((s) => [s.signal, s.text])).toEqual([['up', null]]);
    expect(store.questions.map((q) => q.text)).toEqual([null, null]);
  });

  it('GIVEN Ask a person after a question THEN the hand-off points at that question', async () => {
    const { advisor, store } = await coreAdvisor();
    await advisor.handle({ ...ask('how do I monitor model drift in production?'), handoff: true });
    await advisor.handle({ ...click('handoff:ask'), handoff: true });
    expect(store.escalations[0]?.questionId).toBe(store.questions[0]?.id);
  });
});
