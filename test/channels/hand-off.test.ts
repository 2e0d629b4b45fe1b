import { describe, expect, it } from 'vitest';
import type { CoreMessage } from '../../src/message.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { action, message } from '../fakes/core-messages.js';

const where = { platform: 'slack', conversationId: 'C-help', threadId: '100.1', channelMode: 'auto', handoff: true } as const;
const ask = (text: string, over: Partial<CoreMessage> = {}): CoreMessage => message(text, { ...where, kind: 'mention', userId: 'U-asker', ...over });
const click = (id: string, over: Partial<CoreMessage> = {}): CoreMessage => action(id, { ...where, userId: 'U-asker', ...over });
const ids = (reply: { actions: { id: string }[] }): string[] => reply.actions.map((a) => a.id);

describe('Ask a person', () => {
  it('GIVEN experts can be reached THEN answers, fallbacks and clarifies offer it, notices and DMs do not', async () => {
    const { advisor } = await coreAdvisor();
    expect(ids(await advisor.handle(ask('how do I monitor model drift in production?')))).toContain('handoff:ask');
    expect(ids(await advisor.handle(ask('how do I set up VPC peering between two AWS accounts?')))).toContain('handoff:ask');
    expect(ids(await advisor.handle(ask('how do I monitor model drift in production?', { handoff: false })))).not.toContain('handoff:ask');
    expect(ids(await advisor.handle(message('how do I monitor model drift in production?')))).not.toContain('handoff:ask');
    expect(ids(await advisor.handle(click('feedback:up:x')))).not.toContain('handoff:ask');
  });

  it('GIVEN a click THEN the hand-off is recorded once, tags the experts once and offers Mark resolved', async () => {
    const { advisor, store } = await coreAdvisor();
    const answer = await advisor.handle(ask('how do I monitor model drift in production?'));
    const first = await advisor.handle(click('handoff:ask'));
    expect(first).toMatchObject({ outcome: 'notice', tagExperts: true });
    expect(ids(first)).toEqual(['handoff:resolve']);
    const second = await advisor.handle(click('handoff:ask', { userId: 'U-colleague' }));
    expect(second.tagExperts).toBeUndefined();
    expect(store.escalations).toHaveLength(1);
    expect(store.escalations[0]).toMatchObject({ threadKey: 'slack:C-help:100.1', painPoint: answer.painPoint, entryId: answer.entryId, channelMode: 'auto', resolvedAt: null });
    expect(store.escalations[0]?.userKey).not.toContain('U-asker');
  });

  it('GIVEN no experts for this place THEN the click is answered without tagging anyone', async () => {
    const { advisor, store } = await coreAdvisor();
    const reply = await advisor.handle(click('handoff:ask', { handoff: false }));
    expect(reply.tagExperts).toBeUndefined();
    expect(store.escalations).toHaveLength(0);
  });

  it('GIVEN Mark resolved THEN the asker, an expert or an admin may resolve, anyone else is refused', async () => {
    const { advisor, store, clock } = await coreAdvisor({ settings: { admins: ['U-admin'] } });
    await advisor.handle(ask('how do I monitor model drift in production?'));
    await advisor.handle(click('handoff:ask'));
    clock.advance(90_000);
    const refused = await advisor.handle(click('handoff:resolve', { userId: 'U-colleague', expert: false }));
    expect(refused.title).toBe('Only the asker or an expert can resolve this');
    expect(store.escalations[0]?.resolvedAt).toBeNull();
    const done = await advisor.handle(click('handoff:resolve', { userId: 'U-expert', expert: true }));
    expect(done.title).toBe('Marked resolved');
    expect((store.escalations[0]?.resolvedAt ?? 0) - (store.escalations[0]?.at ?? 0)).toBe(90_000);
    expect((await advisor.handle(click('handoff:resolve'))).title).toBe('Already resolved');
    expect(await advisor.followsThread(ask('one more thing?'))).toBe(false);
  });

  it.each([
    ['the asker', { userId: 'U-asker' }],
    ['an admin', { userId: 'U-admin' }],
  ])('GIVEN %s clicks Mark resolved THEN it is resolved', async (_who, over) => {
    const { advisor, store } = await coreAdvisor({ settings: { admins: ['U-admin'] } });
    await advisor.handle(ask('how do I monitor model drift in production?'));
    await advisor.handle(click('handoff:ask'));
    expect((await advisor.handle(click('handoff:resolve', over))).title).toBe('Marked resolved');
    expect(store.escalations[0]?.resolvedAt).not.toBeNull();
  });
});
