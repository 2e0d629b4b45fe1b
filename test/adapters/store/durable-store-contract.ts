import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DurableStore } from '../../../adapters/store/open-store.js';
import { inboundItem } from './inbox-contract.js';
import { escalation, feedback, gapVote, question, signal } from './store-contract.js';

export type OpenDurable = (options?: { logQuestions?: boolean }) => Promise<DurableStore>;
/** Makes a new empty database and returns its opener: each call opens the SAME database (a restart). */
export type DurableFactory = () => OpenDurable;

/** What SQLite and PostgreSQL add to the contract: reporting, retention, and surviving a restart. */
export function durableStoreContract(name: string, newDatabase: DurableFactory): void {
  describe(`${name} durable store`, () => {
    const opened: DurableStore[] = [];
    let open: OpenDurable;
    beforeEach(() => {
      open = newDatabase();
    });
    const openTracked = async (options?: { logQuestions?: boolean }) => {
      const store = await open(options);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it('GIVEN questions and feedback THEN the report reads them back since a date, oldest first', async () => {
      const store = await openTracked();
      await store.logQuestion(question({ at: 500, text: 'too old' }));
      await store.logQuestion(question({ at: 2_000, text: 'second', outcome: 'fallback', painPoint: null, entryId: null, channelMode: 'auto' }));
      await store.logQuestion({ ...question({ at: 1_000, text: 'first', confidence: 0.25 }), workspaceId: undefined });
      await store.addFeedback(feedback({ at: 900 }));
      await store.addFeedback(feedback({ at: 1_500, vote: 'down', comment: 'what about GPUs?', entryId: 'e2' }));
      expect(await store.questionsSince(1_000)).toEqual([
        { at: 1_000, platform: 'slack', workspaceId: null, text: 'first', outcome: 'answer', painPoint: 'data',
          entryId: 'e1', confidence: 0.25, channelMode: null, questionId: null, userKey: 'u1' },
        { at: 2_000, platform: 'slack', workspaceId: 'T1', text: 'second', outcome: 'fallback', painPoint: null,
          entryId: null, confidence: 0.8, channelMode: 'auto', questionId: null, userKey: 'u1' },
      ]);
      expect(await store.feedbackSince(1_000)).toEqual([
        { at: 1_500, platform: 'slack', workspaceId: 'T1', entryId: 'e2', painPoint: 'data', vote: 'down',
          comment: 'what about GPUs?', userKey: 'u1' },
      ]);
    });

    it('GIVEN hand-offs THEN the report reads them back with when each was resolved', async () => {
      const store = await openTracked();
      await store.recordEscalation(escalation({ threadKey: 'slack:C1:1', at: 1_000, channelMode: 'auto', questionId: 'q7' }));
      await store.recordEscalation(escalation({ threadKey: 'slack:C1:2', at: 2_000, painPoint: null, entryId: null }));
      await store.resolveEscalation('slack:C1:1', 61_000);
      expect(await store.escalationsSince(1_000)).toEqual([
        { at: 1_000, platform: 'slack', workspaceId: 'T1', channelMode: 'auto', painPoint: 'data', entryId: 'e1', resolvedAt: 61_000,
          questionId: 'q7', userKey: 'u1' },
        { at: 2_000, platform: 'slack', workspaceId: 'T1', channelMode: null, painPoint: null, entryId: null, resolvedAt: null,
          questionId: null, userKey: 'u1' },
      ]);
      expect(await store.escalationsSince(1_500)).toHaveLength(1);
    });

    it('GIVEN entry signals and me-too votes THEN the reads return them, once per question and signal or person', async () => {
      const store = await openTracked();
      await store.logQuestion(question({ id: 'q1', at: 1_000 }));
      await store.addEntrySignal(signal({ questionId: 'q1', signal: 'pick', at: 1_100 }));
      await store.addEntrySignal(signal({ questionId: 'q1', signal: 'pick', at: 1_200 }));
      await store.addEntrySignal(signal({ questionId: 'q1', signal: 'down', at: 1_300 }));
      expect(await store.gapVotesSince(0)).toEqual([]);
      expect(await store.addGapVote(gapVote({ at: 2_000, notify: { platform: 'slack', userId: 'U9', conversationId: 'C1', threadId: '1.0' } }))).toBe(true);
      expect(await store.addGapVote(gapVote({ at: 2_100 }))).toBe(false);
      expect(await store.addGapVote(gapVote({ at: 2_200, userKey: 'u2' }))).toBe(true);
      expect((await store.questionsSince(0)).map((q) => q.questionId)).toEqual(['q1']);
      expect(await store.entrySignalsSince(0)).toEqual([
        { at: 1_100, questionId: 'q1', signal: 'pick', text: 'how do we label images?', entryId: 'e1', platform: 'slack', userKey: 'u1' },
        { at: 1_300, questionId: 'q1', signal: 'down', text: 'how do we label images?', entryId: 'e1', platform: 'slack', userKey: 'u1' },
      ]);
      const votes = await store.gapVotesSince(0);
      expect(votes.map((v) => v.userKey)).toEqual(['u1', 'u2']);
      // The opt-in route (a platform user id) is for the notice runner only, never in the reporting rows.
      expect(JSON.stringify(votes)).not.toContain('U9');
      expect((await store.openGapNotices('slack', 10)).map((n) => [n.userKey, n.route])).toEqual([
        ['u1', { platform: 'slack', userId: 'U9', conversationId: 'C1', threadId: '1.0' }],
      ]);
    });

    it('GIVEN a digest period claimed by several owners at once THEN exactly one wins', async () => {
      const store = await openTracked();
      const wins = await Promise.all(['a', 'b', 'c', 'd'].map((owner) => store.claimDigest('2026-W49', owner, 1_000)));
      expect(wins.filter(Boolean)).toHaveLength(1);
      expect(await store.claimDigest('2026-W50', 'b', 2_000)).toBe(true);
    });

    it('GIVEN question logging turned off THEN no question text reaches the database', async () => {
      const store = await openTracked({ logQuestions: false });
      await store.logQuestion(question({ text: 'secret project name' }));
      expect((await store.questionsSince(0)).map((q) => q.text)).toEqual([null]);
    });

    it('GIVEN a retention cut-off THEN purge deletes older rows and expired entries only', async () => {
      const store = await openTracked();
      await store.logQuestion(question({ at: 100 }));
      await store.logQuestion(question({ at: 5_000 }));
      await store.addFeedback(feedback({ at: 100 }));
      await store.addFeedback(feedback({ at: 5_000 }));
      await store.markEvent('old', 0, 1_000);
      await store.markEvent('live', 0, 1_000_000);
      await store.setContext('gone', { painPoint: null, entryId: null, shown: [], updatedAt: 0 }, 1_000);
      await store.recordEscalation(escalation({ threadKey: 'old', at: 100 }));
      await store.recordEscalation(escalation({ threadKey: 'new', at: 5_000 }));
      await store.addEntrySignal(signal({ questionId: 'q-old', at: 100 }));
      await store.addGapVote(gapVote({ questionId: 'q-old', at: 100 }));
      await store.addGapVote(gapVote({ questionId: 'q-new', at: 5_000 }));
      for (const key of ['answered', 'closed', 'recent', 'pending']) await store.inbox.recordInbound(inboundItem(key), 'a', 0);
      await store.inbox.finishInbound('answered', 999);
      await store.inbox.finishInbound('closed', 500, 'channel_not_found');
      await store.inbox.finishInbound('recent', 1_000);
      const result = await store.purge(1_000, 2_000);
      expect(result).toEqual({ questions: 1, feedback: 1, escalations: 1, learning: 2, inbox: 2, expired: 2 });
      expect((await store.gapVotesSince(0)).map((v) => v.questionId)).toEqual(['q-new']);
      expect((await store.escalationsSince(0)).map((e) => e.at)).toEqual([5_000]);
      expect(await store.inbox.recordInbound(inboundItem('answered'), 'a', 0)).toBe(true);
      expect(await store.inbox.recordInbound(inboundItem('recent'), 'a', 0)).toBe(false);
      expect((await store.inbox.claimInbound('slack', 'b', 5_000, 9_000, 10)).map((r) => r.key).sort()).toEqual(['answered', 'pending']);
      expect((await store.questionsSince(0)).map((q) => q.at)).toEqual([5_000]);
      expect((await store.feedbackSince(0)).map((f) => f.at)).toEqual([5_000]);
      expect(await store.markEvent('live', 2_000, 3_000)).toBe(false);
    });

    it('GIVEN a restart THEN context, event ids, rate limits and records are still there', async () => {
      const first = await open();
      await first.setContext('c', { painPoint: 'p', entryId: 'e', shown: ['e'], updatedAt: 3 }, 10_000);
      await first.markEvent('ev', 1_000, 10_000);
      await first.hitRateLimit('u', 1_000, 60_000, 1);
      await first.addFeedback(feedback({ at: 1_000 }));
      await first.inbox.recordInbound(inboundItem('owed'), 'dead-replica', 3_000);
      await first.close();
      const second = await openTracked();
      expect(await second.getContext('c', 2_000)).toMatchObject({ entryId: 'e' });
      expect(await second.markEvent('ev', 2_000, 10_000)).toBe(false);
      expect((await second.hitRateLimit('u', 2_000, 60_000, 1)).allowed).toBe(false);
      expect(await second.feedbackSince(0)).toHaveLength(1);
      expect(await second.inbox.claimInbound('slack', 'next', 3_000, 9_000, 10)).toEqual([{ ...inboundItem('owed'), attempts: 0 }]);
    });

    it('GIVEN two connections to one database claiming at once THEN each pending record goes to one of them', async () => {
      const [a, b] = [await openTracked(), await openTracked()];
      for (let i = 0; i < 40; i++) await a.inbox.recordInbound(inboundItem(`k${i}`), 'live', 0);
      const claims = await Promise.all([a, b, a, b].map((s, i) => s.inbox.claimInbound('slack', `r${i}`, 100, 9_000, 15)));
      const keys = claims.flat().map((r) => r.key);
      expect(keys).toHaveLength(40);
      expect(new Set(keys).size).toBe(40);
    });
  });
}
