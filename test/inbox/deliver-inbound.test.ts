import { describe, expect, it } from 'vitest';
import { deliverInbound } from '../../src/inbox/deliver-inbound.js';
import type { Reply } from '../../src/reply.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { CoreMessage } from '../../src/message.js';
import { inboundItem } from '../adapters/store/inbox-contract.js';
import { replyFixture } from '../fakes/inbox-fixtures.js';
import { silentLogger } from '../fakes/test-advisor.js';

const settings = { leaseMs: 1_000, pollMs: 60_000, recoveryConcurrency: 5, recoveryPerSecond: 100, backlogDelayMs: 0, retry: { minMs: 100, maxMs: 1_000 }, giveUpMs: 10_000 };
const fallback: Reply = { ...replyFixture, outcome: 'fallback', painPoint: null, entryId: null, feedback: false };

/** Delivers one recorded channel message whose core reply is `reply`; returns what was sent and what is still owed. */
async function deliver(message: Partial<CoreMessage>, reply: Reply) {
  const store = new MemoryStore();
  const item = inboundItem('k1', { message: { ...inboundItem('k1').message, ...message } });
  await store.inbox.recordInbound(item, 'me', 500);
  const sent: Reply[] = [];
  const asked: string[] = [];
  const result = await deliverInbound(
    {
      inbox: store.inbox, logger: silentLogger(), clock: () => 2_000, settings,
      answer: async (m) => (asked.push(m.text), reply),
      sender: { send: async (_record, r) => (sent.push(r), { status: 'sent' }) },
    },
    { ...item, attempts: 0 },
    false,
  );
  return { result, sent, asked, pending: (await store.inbox.inboxStats()).pending };
}

describe('deliverInbound in channel modes', () => {
  it('GIVEN a confident channel and a fallback THEN the core is asked, nothing is posted and nothing stays owed', async () => {
    const out = await deliver({ kind: 'channel', channelMode: 'confident' }, fallback);
    expect(out).toMatchObject({ result: 'sent', sent: [], pending: 0 });
    expect(out.asked).toHaveLength(1);
  });

  it('GIVEN a confident channel and a confident answer THEN it is posted', async () => {
    const out = await deliver({ kind: 'channel', channelMode: 'confident' }, replyFixture);
    expect(out.sent).toEqual([replyFixture]);
  });

  it('GIVEN an auto channel and a fallback, or a mention in a confident channel THEN the fallback is posted', async () => {
    expect((await deliver({ kind: 'channel', channelMode: 'auto' }, fallback)).sent).toEqual([fallback]);
    expect((await deliver({ kind: 'mention', channelMode: 'confident' }, fallback)).sent).toEqual([fallback]);
  });
});
