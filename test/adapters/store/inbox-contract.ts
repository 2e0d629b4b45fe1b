import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboundItem } from '../../../src/store/inbox.js';
import type { Store } from '../../../src/store/store.js';
import { replyFixture } from '../../fakes/inbox-fixtures.js';
import type { StoreFactory } from './store-contract.js';

export const inboundItem = (key: string, over: Partial<InboundItem> = {}): InboundItem => ({
  key,
  platform: 'slack',
  message: { platform: 'slack', kind: 'mention', text: `question ${key}`, userId: 'U1', conversationId: 'C1', threadId: '1.0' },
  route: { channel: 'C1', threadTs: '1.0' },
  receivedAt: 1_000,
  deadline: 100_000,
  ...over,
});

/** The inbox every store keeps: record once, lease, retry with a due time, finish, claim without overlap. */
export function inboxContract(name: string, open: StoreFactory): void {
  describe(`${name} inbox contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('GIVEN an item recorded twice THEN only the first recording is new, even once it is done', async () => {
      expect(await store.inbox.recordInbound(inboundItem('k1'), 'a', 2_000)).toBe(true);
      expect(await store.inbox.recordInbound(inboundItem('k1'), 'b', 2_000)).toBe(false);
      await store.inbox.finishInbound('k1', 1_500);
      expect(await store.inbox.recordInbound(inboundItem('k1'), 'b', 2_000)).toBe(false);
    });

    it('GIVEN a leased record THEN it is claimed only once the lease has expired, with everything it carries', async () => {
      await store.inbox.recordInbound(inboundItem('k1'), 'a', 2_000);
      expect(await store.inbox.claimInbound('slack', 'b', 1_999, 5_000, 10)).toEqual([]);
      const [claimed, ...rest] = await store.inbox.claimInbound('slack', 'b', 2_000, 5_000, 10);
      expect(rest).toEqual([]);
      expect(claimed).toEqual({ ...inboundItem('k1'), attempts: 0 });
      expect(await store.inbox.claimInbound('slack', 'c', 4_999, 9_000, 10)).toEqual([]);
    });

    it('GIVEN a saved reply and a failed attempt THEN the record comes back after the retry time with both', async () => {
      await store.inbox.recordInbound(inboundItem('k1'), 'a', 2_000);
      await store.inbox.saveInboundReply('k1', replyFixture);
      await store.inbox.retryInbound('k1', 3_000, 'HTTP 503');
      expect(await store.inbox.claimInbound('slack', 'b', 2_999, 9_000, 10)).toEqual([]);
      const [claimed] = await store.inbox.claimInbound('slack', 'b', 3_000, 9_000, 10);
      expect(claimed).toMatchObject({ key: 'k1', attempts: 1, reply: replyFixture });
    });

    it('GIVEN a failed attempt kept by its replica THEN nobody claims it before the kept lease ends, and then it comes back counted', async () => {
      await store.inbox.recordInbound(inboundItem('k1'), 'a', 2_000);
      await store.inbox.retryInbound('k1', 3_000, 'HTTP 503', { owner: 'a', leaseUntil: 4_000 });
      expect(await store.inbox.claimInbound('slack', 'b', 3_999, 9_000, 10)).toEqual([]);
      expect(await store.inbox.renewInbound('k1', 'a', 4_500)).toBe(true);
      expect(await store.inbox.claimInbound('slack', 'b', 4_499, 9_000, 10)).toEqual([]);
      const [claimed] = await store.inbox.claimInbound('slack', 'b', 4_500, 9_000, 10);
      expect(claimed).toMatchObject({ key: 'k1', attempts: 1 });
    });

    it('GIVEN done and closed records THEN they are never claimed and leave the pending count', async () => {
      for (const [i, key] of ['k1', 'k2', 'k3'].entries()) {
        await store.inbox.recordInbound(inboundItem(key, { receivedAt: 1_000 + i }), 'a', 0);
      }
      expect(await store.inbox.inboxStats()).toEqual({ pending: 3, oldestReceivedAt: 1_000 });
      await store.inbox.finishInbound('k1', 1_500);
      await store.inbox.finishInbound('k2', 1_500, 'channel_not_found');
      expect(await store.inbox.inboxStats()).toEqual({ pending: 1, oldestReceivedAt: 1_002 });
      expect((await store.inbox.claimInbound('slack', 'b', 5_000, 9_000, 10)).map((r) => r.key)).toEqual(['k3']);
      await store.inbox.finishInbound('k3', 1_600);
      expect(await store.inbox.inboxStats()).toEqual({ pending: 0, oldestReceivedAt: null });
    });

    it('GIVEN records of both platforms THEN a claim takes its platform only, oldest due first, up to the limit', async () => {
      await store.inbox.recordInbound(inboundItem('s2'), 'a', 20);
      await store.inbox.recordInbound(inboundItem('s1'), 'a', 10);
      await store.inbox.recordInbound(inboundItem('s3'), 'a', 30);
      await store.inbox.recordInbound(inboundItem('d1', { platform: 'discord' }), 'a', 0);
      expect((await store.inbox.claimInbound('slack', 'b', 100, 9_000, 2)).map((r) => r.key).sort()).toEqual(['s1', 's2']);
      expect((await store.inbox.claimInbound('discord', 'b', 100, 9_000, 5)).map((r) => r.key)).toEqual(['d1']);
    });

    it('GIVEN concurrent claims THEN no record is handed out twice', async () => {
      for (let i = 0; i < 30; i++) await store.inbox.recordInbound(inboundItem(`k${i}`), 'a', 0);
      const claims = await Promise.all(Array.from({ length: 6 }, (_, i) => store.inbox.claimInbound('slack', `o${i}`, 100, 9_000, 8)));
      const keys = claims.flat().map((r) => r.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(30);
    });

    it('GIVEN arrivals of both platforms, in every state THEN the recent ones of a platform and key prefix come newest first', async () => {
      const discord = (key: string, receivedAt: number, kind: 'mention' | 'dm' | 'command') =>
        inboundItem(key, {
          platform: 'discord', receivedAt, route: { channelId: `ch-${key}`, replyTo: key },
          message: { platform: 'discord', kind, text: 'q', userId: 'U1', conversationId: `ch-${key}` },
        });
      await store.inbox.recordInbound(discord('discord:message:1', 1_000, 'mention'), 'a', 0);
      await store.inbox.recordInbound(discord('discord:message:2', 3_000, 'dm'), 'a', 0);
      await store.inbox.recordInbound(discord('discord:message:3', 2_000, 'mention'), 'a', 0);
      await store.inbox.recordInbound(discord('discord:interaction:4', 4_000, 'command'), 'a', 0);
      await store.inbox.recordInbound(discord('discord%message:5', 5_000, 'mention'), 'a', 0);
      await store.inbox.recordInbound(inboundItem('discord:message:6', { receivedAt: 6_000 }), 'a', 0);
      await store.inbox.finishInbound('discord:message:2', 3_500);
      const recent = await store.inbox.recentInbound('discord', 'discord:message:', 1_500, 10);
      expect(recent).toEqual([
        { key: 'discord:message:2', receivedAt: 3_000, route: { channelId: 'ch-discord:message:2', replyTo: 'discord:message:2' }, kind: 'dm' },
        { key: 'discord:message:3', receivedAt: 2_000, route: { channelId: 'ch-discord:message:3', replyTo: 'discord:message:3' }, kind: 'mention' },
      ]);
      expect(await store.inbox.recentInbound('discord', 'discord:message:', 0, 1)).toHaveLength(1);
      expect((await store.inbox.recentInbound('discord', 'discord:message:', 0, 10, 'dm')).map((r) => r.key)).toEqual(['discord:message:2']);
      expect((await store.inbox.recentInbound('discord', 'discord:message:', 0, 10, 'mention')).map((r) => r.key)).toEqual([
        'discord:message:3', 'discord:message:1',
      ]);
    });

    it('GIVEN a lease renewed by its owner THEN nobody claims the record until the new lease ends; another owner cannot renew it', async () => {
      await store.inbox.recordInbound(inboundItem('k1'), 'a', 2_000);
      expect(await store.inbox.renewInbound('k1', 'a', 4_000)).toBe(true);
      expect(await store.inbox.renewInbound('k1', 'b', 9_000)).toBe(false);
      expect(await store.inbox.claimInbound('slack', 'b', 3_000, 9_000, 10)).toEqual([]);
      expect((await store.inbox.claimInbound('slack', 'b', 4_000, 9_000, 10)).map((r) => r.key)).toEqual(['k1']);
      expect(await store.inbox.renewInbound('k1', 'a', 12_000)).toBe(false);
      await store.inbox.finishInbound('k1', 5_000);
      expect(await store.inbox.renewInbound('k1', 'b', 12_000)).toBe(false);
    });
  });
}
