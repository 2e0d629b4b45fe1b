import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationState } from '../../../src/conversation/state.js';
import { inboxContract } from './inbox-contract.js';
import type { EntrySignalRecord, EscalationRecord, FeedbackRecord, GapVoteRecord, QuestionRecord, Store } from '../../../src/store/store.js';

/** Opens a fresh, empty store; the suite closes it. */
export type StoreFactory = () => Promise<Store>;

const state = (entryId: string): ConversationState => ({ painPoint: 'data', entryId, shown: [entryId], updatedAt: 1 });

export const feedback = (over: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  entryId: 'e1', painPoint: 'data', vote: 'up', platform: 'slack', workspaceId: 'T1', userKey: 'u1', at: 1_000, ...over,
});

export const question = (over: Partial<QuestionRecord> = {}): QuestionRecord => ({
  platform: 'slack', workspaceId: 'T1', userKey: 'u1', text: 'how do we start?', outcome: 'answer', painPoint: 'data',
  entryId: 'e1', confidence: 0.8, at: 1_000, ...over,
});

export const escalation = (over: Partial<EscalationRecord> = {}): EscalationRecord => ({
  threadKey: 'slack:C1:1.0', platform: 'slack', workspaceId: 'T1', painPoint: 'data', entryId: 'e1', userKey: 'u1', at: 1_000, ...over,
});

export const signal = (over: Partial<EntrySignalRecord> = {}): EntrySignalRecord => ({
  questionId: 'q1', text: 'how do we label images?', entryId: 'e1', signal: 'up', platform: 'slack', userKey: 'u1', at: 1_000, ...over,
});

export const gapVote = (over: Partial<GapVoteRecord> = {}): GapVoteRecord => ({
  questionId: 'q1', text: 'how do we certify our model?', painPoint: null, outcome: 'fallback', platform: 'slack', workspaceId: 'T1',
  userKey: 'u1', at: 1_000, ...over,
});

/** The behaviour every `Store` must have, whatever keeps the data. */
export function storeContract(name: string, open: StoreFactory): void {
  inboxContract(name, open);
  describe(`${name} store contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('GIVEN a channel mode THEN it is read back per platform and channel, and the last one set wins', async () => {
      expect(await store.getChannelMode('slack', 'C1')).toBeUndefined();
      await store.setChannelMode({ platform: 'slack', channelId: 'C1', mode: 'auto', setBy: 'admin', at: 1 });
      await store.setChannelMode({ platform: 'discord', channelId: 'C1', mode: 'confident', setBy: 'admin', at: 2 });
      expect(await store.getChannelMode('slack', 'C1')).toBe('auto');
      expect(await store.getChannelMode('discord', 'C1')).toBe('confident');
      await store.setChannelMode({ platform: 'slack', channelId: 'C1', mode: 'mention', setBy: 'admin', at: 3 });
      expect(await store.getChannelMode('slack', 'C1')).toBe('mention');
    });

    it('GIVEN a hand-off THEN one is open per thread at a time, resolved once, and a resolved thread can be handed off again', async () => {
      expect(await store.recordEscalation(escalation())).toBe(true);
      expect(await store.recordEscalation(escalation({ at: 2_000 }))).toBe(false);
      expect(await store.resolveEscalation('slack:C1:other', 3_000)).toBe(false);
      expect(await store.resolveEscalation('slack:C1:1.0', 3_000)).toBe(true);
      expect(await store.resolveEscalation('slack:C1:1.0', 4_000)).toBe(false);
      expect(await store.recordEscalation(escalation({ at: 5_000 }))).toBe(true);
      expect(await store.recordEscalation(escalation({ at: 6_000 }))).toBe(false);
    });

    it('GIVEN me-too votes and a digest claim THEN each counts once', async () => {
      expect(await store.addGapVote(gapVote())).toBe(true);
      expect(await store.addGapVote(gapVote({ at: 2_000 }))).toBe(false);
      expect(await store.addGapVote(gapVote({ userKey: 'u2' }))).toBe(true);
      expect(await store.addGapVote(gapVote({ questionId: 'q2' }))).toBe(true);
      await store.addEntrySignal(signal());
      await store.addEntrySignal(signal());
      expect(await store.claimDigest('2026-W49', 'a', 1)).toBe(true);
      expect(await store.claimDigest('2026-W49', 'b', 2)).toBe(false);
    });

    it('GIVEN opted-in me-too votes THEN they are open until claimed once, and a released claim opens again', async () => {
      const notify = { platform: 'slack', userId: 'U9', conversationId: 'C1', threadId: '1.0' };
      await store.addGapVote(gapVote({ at: 2_000, notify }));
      await store.addGapVote(gapVote({ userKey: 'u2', at: 1_000, notify }));
      await store.addGapVote(gapVote({ userKey: 'u3' }));
      await store.addGapVote(gapVote({ userKey: 'u4', platform: 'discord', notify: { ...notify, platform: 'discord' } }));
      await store.addGapVote(gapVote({ userKey: 'u5', text: null, notify }));
      expect((await store.openGapNotices('slack', 10)).map((n) => [n.userKey, n.text, n.route])).toEqual([
        ['u2', 'how do we certify our model?', notify],
        ['u1', 'how do we certify our model?', notify],
      ]);
      expect(await store.openGapNotices('slack', 1)).toHaveLength(1);
      expect(await store.claimGapNotice('q1', 'u1', 3_000)).toBe(true);
      expect(await store.claimGapNotice('q1', 'u1', 3_000)).toBe(false);
      expect((await store.openGapNotices('slack', 10)).map((n) => n.userKey)).toEqual(['u2']);
      await store.releaseGapNotice('q1', 'u1');
      expect((await store.openGapNotices('slack', 10)).map((n) => n.userKey)).toEqual(['u2', 'u1']);
    });

    it('GIVEN a context with thread fields THEN they are read back', async () => {
      const threaded: ConversationState = { ...state('e1'), asker: 'u1', closed: 'colleague', escalated: true };
      await store.setContext('t1', threaded, 2_000);
      expect(await store.getContext('t1', 1_000)).toEqual(threaded);
    });

    it('GIVEN a context THEN it is read back until it expires', async () => {
      await store.setContext('c1', state('e1'), 2_000);
      expect(await store.getContext('c1', 1_999)).toEqual(state('e1'));
      expect(await store.getContext('c1', 2_000)).toBeUndefined();
      expect(await store.getContext('other', 1_000)).toBeUndefined();
    });

    it('GIVEN a context set twice THEN the last one wins, with its new expiry', async () => {
      await store.setContext('c1', state('e1'), 2_000);
      await store.setContext('c1', { ...state('e2'), path: ['a', 'b'] }, 5_000);
      expect(await store.getContext('c1', 3_000)).toEqual({ ...state('e2'), path: ['a', 'b'] });
    });

    it('GIVEN an event id THEN it is new once, a repeat until it expires, then new again', async () => {
      expect(await store.markEvent('ev1', 1_000, 2_000)).toBe(true);
      expect(await store.markEvent('ev1', 1_500, 2_500)).toBe(false);
      expect(await store.markEvent('ev2', 1_500, 2_500)).toBe(true);
      expect(await store.markEvent('ev1', 2_000, 3_000)).toBe(true);
      expect(await store.markEvent('ev1', 2_999, 4_000)).toBe(false);
    });

    it('GIVEN the same event id marked concurrently THEN exactly one call sees it first', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => store.markEvent('burst', 1_000, 60_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('GIVEN a limit of 3 a minute THEN the 4th question is refused until the oldest leaves the window', async () => {
      const hit = (now: number) => store.hitRateLimit('u1', now, 60_000, 3);
      expect((await hit(1_000)).allowed).toBe(true);
      expect((await hit(2_000)).allowed).toBe(true);
      expect((await hit(3_000)).allowed).toBe(true);
      expect(await hit(4_000)).toEqual({ allowed: false, retryAfterMs: 57_000 });
      expect((await store.hitRateLimit('u2', 4_000, 60_000, 3)).allowed).toBe(true);
      expect((await hit(61_000)).allowed).toBe(true);
      expect((await hit(61_500)).allowed).toBe(false);
    });

    it('GIVEN refused questions THEN they do not count against the user', async () => {
      await store.hitRateLimit('u1', 0, 10_000, 1);
      for (const t of [1_000, 2_000, 3_000]) expect((await store.hitRateLimit('u1', t, 10_000, 1)).allowed).toBe(false);
      expect((await store.hitRateLimit('u1', 10_001, 10_000, 1)).allowed).toBe(true);
    });

    it('GIVEN concurrent questions from one user THEN exactly the limit is allowed', async () => {
      const results = await Promise.all(Array.from({ length: 12 }, () => store.hitRateLimit('u9', 1_000, 60_000, 5)));
      expect(results.filter((r) => r.allowed)).toHaveLength(5);
    });

    it('GIVEN feedback and questions with optional fields missing THEN they are accepted', async () => {
      await store.addFeedback(feedback({ comment: 'more on labelling', vote: 'down' }));
      await store.addFeedback({ entryId: null, painPoint: null, vote: 'up', platform: 'discord', userKey: 'u', at: 1 });
      await store.logQuestion(question());
      await store.logQuestion({ ...question({ text: null, painPoint: null, entryId: null }), workspaceId: undefined });
    });
  });
}
