import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedGapReply, notifyClosedGaps } from '../../src/learning/closed-gaps.js';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import type { Reply } from '../../src/reply.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { GapNoticeRoute, GapVoteRecord } from '../../src/store/store.js';
import { entry, tempPackIndex, validPackFiles } from '../fakes/temp-pack.js';
import { silentLogger } from '../fakes/test-advisor.js';

const question = 'where do we get a parking permit for the office garage';
const route: GapNoticeRoute = { platform: 'slack', userId: 'U-third', conversationId: 'C-help', threadId: '100.1' };
const vote = (over: Partial<GapVoteRecord>): GapVoteRecord => ({
  questionId: 'q1', text: question, painPoint: null, outcome: 'fallback', platform: 'slack', userKey: 'k3', at: 1, notify: route, ...over,
});

describe('telling people a gap they hit is answered', () => {
  let before: { index: KnowledgeIndex; remove: () => void };
  let after: { index: KnowledgeIndex; remove: () => void };
  beforeAll(async () => {
    before = await tempPackIndex();
    const parking = entry('parking', 'billing', ['parking permit for the office garage', 'where do I get a garage parking permit', 'office parking rules'], []);
    after = await tempPackIndex({ ...validPackFiles(), 'entries/parking.md': parking });
  });
  afterAll(() => {
    before.remove();
    after.remove();
  });

  it('GIVEN the knowledge does not answer it yet THEN no notice; once an entry answers it THEN a notice quoting the question', () => {
    expect(closedGapReply(before.index, question)).toBeUndefined();
    const reply = closedGapReply(after.index, question);
    expect(reply).toMatchObject({ outcome: 'answer', entryId: 'parking', actions: [] });
    expect(reply?.body).toContain(`You asked “${question}”`);
  });

  it('GIVEN opted-in votes THEN each person is told once, only on their platform, and votes without the opt-in are not told', async () => {
    const store = new MemoryStore();
    await store.addGapVote(vote({}));
    await store.addGapVote(vote({ userKey: 'k4', notify: undefined }));
    await store.addGapVote(vote({ userKey: 'k5', platform: 'discord', notify: { ...route, platform: 'discord' } }));
    const sent: [GapNoticeRoute, Reply][] = [];
    const deps = { store, index: after.index, logger: silentLogger(), clock: () => 5, send: async (r: GapNoticeRoute, reply: Reply) => void sent.push([r, reply]) };
    expect(await notifyClosedGaps('slack', deps)).toBe(1);
    expect(sent.map(([r]) => r)).toEqual([route]);
    expect(await notifyClosedGaps('slack', deps)).toBe(0);
    expect(await notifyClosedGaps('slack', { ...deps, index: before.index })).toBe(0);
  });

  it('GIVEN a send that fails THEN the claim is released and the next start tells them', async () => {
    const store = new MemoryStore();
    await store.addGapVote(vote({}));
    const deps = { store, index: after.index, logger: silentLogger(), clock: () => 5 };
    expect(await notifyClosedGaps('slack', { ...deps, send: async () => Promise.reject(new Error('channel_not_found')) })).toBe(0);
    expect(await notifyClosedGaps('slack', { ...deps, send: async () => undefined })).toBe(1);
  });

  it('GIVEN the knowledge still falls back THEN nothing is claimed', async () => {
    const store = new MemoryStore();
    await store.addGapVote(vote({}));
    expect(await notifyClosedGaps('slack', { store, index: before.index, logger: silentLogger(), clock: () => 5, send: async () => undefined })).toBe(0);
    expect(await store.openGapNotices('slack', 10)).toHaveLength(1);
  });
});
