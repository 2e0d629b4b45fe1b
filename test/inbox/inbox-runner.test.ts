import { describe, expect, it } from 'vitest';
import type { InboxRecord } from '../../src/store/inbox.js';
import type { Reply } from '../../src/reply.js';
import { createInboxRunner } from '../../src/inbox/inbox-runner.js';
import type { DeliverDeps } from '../../src/inbox/deliver-inbound.js';
import type { InboxSettings } from '../../src/inbox/inbox-settings.js';
import type { ReplySender, SendOutcome } from '../../src/inbox/reply-sender.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { replyFixture } from '../fakes/inbox-fixtures.js';
import { silentLogger } from '../fakes/test-advisor.js';
import { inboundItem } from '../adapters/store/inbox-contract.js';

const settings = { leaseMs: 1_000, pollMs: 60_000, recoveryConcurrency: 5, recoveryPerSecond: 100, backlogDelayMs: 0, retry: { minMs: 100, maxMs: 1_000 }, giveUpMs: 10_000 };

/** A runner over a memory store with a hand-driven clock, a counting core and a scripted sender. */
function setup(script: (record: InboxRecord, recovered: boolean) => Promise<SendOutcome>) {
  const store = new MemoryStore();
  let now = 1_000;
  const asked: string[] = [];
  const sent: { key: string; recovered: boolean; reply: Reply }[] = [];
  const closed: string[] = [];
  const sender: ReplySender = {
    send: async (record, reply, recovered) => {
      sent.push({ key: record.key, recovered, reply });
      return script(record, recovered);
    },
  };
  const runner = createInboxRunner('slack', {
    inbox: store.inbox,
    answer: async (message) => {
      asked.push(message.text);
      return replyFixture;
    },
    sender,
    logger: silentLogger(),
    clock: () => now,
    settings,
    onClosed: (reason) => closed.push(reason),
    random: () => 1,
  });
  return { store, runner, asked, sent, closed, advance: (ms: number) => (now += ms), now: () => now };
}

/** A runner on a memory store with the real clock and timers; `send` plays the platform; `extra` overrides deps. */
function timedRunner(send: ReplySender['send'], over: Partial<InboxSettings> = {}, extra: Partial<DeliverDeps> = {}) {
  const store = new MemoryStore();
  const runner = createInboxRunner('slack', {
    inbox: store.inbox, answer: async () => replyFixture, logger: silentLogger(), clock: Date.now,
    sender: { send }, settings: { ...settings, ...over }, ...extra,
  });
  return { store, runner };
}

/** An item received now, with a minute to be answered. */
const fresh = (key: string) => inboundItem(key, { receivedAt: Date.now(), deadline: Date.now() + 60_000 });

/** A clock that reads 20 % behind the timers from `origin` on (timers and the wall clock drift apart). */
const slowClock = (origin: number) => () => origin + (Date.now() - origin) * 0.8;

/** A runner whose first send of `k1` failed (a 503); sends succeed from then on. */
async function failedOnce() {
  let fail = true;
  const t = setup(async () => {
    if (fail) throw new Error('HTTP 503');
    return { status: 'sent' };
  });
  const item = await t.runner.record(inboundItem('k1', { receivedAt: 1_000, deadline: 50_000 }));
  expect(await t.runner.deliver(item!)).toBe('retry');
  fail = false;
  return t;
}

describe('the inbox runner', () => {
  it('GIVEN a send slower than the lease THEN its lease is renewed and another replica polling meanwhile does not take it over', async () => {
    const store = new MemoryStore();
    const asked: string[] = [];
    const fast = { ...settings, leaseMs: 300, pollMs: 50 };
    const runnerOf = (send: ReplySender['send']) =>
      createInboxRunner('slack', {
        inbox: store.inbox, answer: async (m) => (asked.push(m.text), replyFixture), sender: { send },
        logger: silentLogger(), clock: Date.now, settings: fast,
      });
    let release = (): void => undefined;
    const slow = runnerOf(() => new Promise<SendOutcome>((resolve) => (release = () => resolve({ status: 'sent' }))));
    let otherSends = 0;
    const other = runnerOf(async () => (otherSends++, { status: 'sent' }));
    const item = await slow.record(inboundItem('k1', { receivedAt: Date.now(), deadline: Date.now() + 60_000 }));
    const delivered = slow.deliver(item!);
    other.startRecovery();
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // over three leases
    release();
    expect(await delivered).toBe('sent');
    await other.stop(1_000);
    await slow.stop(1_000);
    expect(asked).toEqual(['question k1']);
    expect(otherSends).toBe(0);
  });

  it('GIVEN a backlog larger than the lane THEN at most recoveryConcurrency backlog sends run at once, and a live one does not wait', async () => {
    const store = new MemoryStore();
    const waiting: { key: string; release: () => void }[] = [];
    const sender: ReplySender = {
      send: (record) => new Promise<SendOutcome>((resolve) => waiting.push({ key: record.key, release: () => resolve({ status: 'sent' }) })),
    };
    const runner = createInboxRunner('slack', {
      inbox: store.inbox, answer: async () => replyFixture, sender, logger: silentLogger(), clock: Date.now,
      settings: { ...settings, recoveryConcurrency: 2 },
    });
    for (let i = 0; i < 6; i++) await runner.record(inboundItem(`b${i}`, { receivedAt: Date.now(), deadline: Date.now() + 60_000 }), { backlog: true });
    await expect.poll(() => waiting.length).toBe(2);
    const live = await runner.record(inboundItem('live', { receivedAt: Date.now(), deadline: Date.now() + 60_000 }));
    void runner.deliver(live!);
    await expect.poll(() => waiting.map((w) => w.key)).toContain('live');
    expect(waiting.filter((w) => w.key.startsWith('b'))).toHaveLength(2);
    // Each backlog send that finishes frees its slot for the next, without waiting for a poll.
    for (let done = 0; done < 6; done++) {
      await expect.poll(() => waiting.some((w) => w.key.startsWith('b'))).toBe(true);
      waiting.splice(waiting.findIndex((w) => w.key.startsWith('b')), 1)[0]!.release();
      expect(waiting.filter((w) => w.key.startsWith('b')).length).toBeLessThanOrEqual(2);
    }
    waiting.splice(0).forEach((w) => w.release());
    await expect.poll(async () => (await store.inbox.inboxStats()).pending).toBe(0);
    await runner.stop(1_000);
  });

  it('GIVEN a backlog and recoveryPerSecond 3 THEN at most 3 backlog sends start in any second, the rest by timer, and a live one does not wait', async () => {
    const started: { key: string; at: number }[] = [];
    const { store, runner } = timedRunner(
      async (record) => (started.push({ key: record.key, at: Date.now() }), { status: 'sent' }),
      { recoveryConcurrency: 10, recoveryPerSecond: 3 },
    );
    for (let i = 0; i < 7; i++) await runner.record(fresh(`b${i}`), { backlog: true });
    await expect.poll(() => started.length).toBe(3);
    const live = await runner.record(fresh('live'));
    expect(await runner.deliver(live!)).toBe('sent');
    expect(started.filter((s) => s.key.startsWith('b'))).toHaveLength(3);
    await expect.poll(() => started.length, { timeout: 4_000 }).toBe(8);
    const backlog = started.filter((s) => s.key.startsWith('b')).map((s) => s.at);
    // Any four consecutive backlog sends span about a second (slack for the time between a start and its send).
    for (let i = 3; i < backlog.length; i++) expect(backlog[i]! - backlog[i - 3]!).toBeGreaterThanOrEqual(900);
    await runner.stop(1_000);
    expect(await store.inbox.inboxStats()).toEqual({ pending: 0, oldestReceivedAt: null });
  });

  it('GIVEN a platform budget with no room THEN no backlog send starts until it has room again, and then without waiting for a poll', async () => {
    const started: string[] = [];
    let budget = 0;
    const { runner } = timedRunner(
      async (record) => (started.push(record.key), { status: 'sent' }),
      { recoveryConcurrency: 10, recoveryPerSecond: 100 },
      { backlogRoom: () => budget },
    );
    for (let i = 0; i < 3; i++) await runner.record(fresh(`b${i}`), { backlog: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(started).toEqual([]);
    budget = 2;
    await expect.poll(() => started.length, { timeout: 1_000 }).toBeGreaterThanOrEqual(2);
    await runner.stop(1_000);
  });

  it('GIVEN backlogDelayMs THEN after startRecovery the backlog lane starts nothing until the delay has passed, while a live send goes at once', async () => {
    const started: { key: string; at: number }[] = [];
    const { store, runner } = timedRunner(
      async (record) => (started.push({ key: record.key, at: Date.now() }), { status: 'sent' }),
      { backlogDelayMs: 400 },
    );
    await store.inbox.recordInbound(fresh('dead'), 'gone', 0);
    const from = Date.now();
    runner.startRecovery();
    await runner.record(fresh('resend'), { backlog: true });
    const live = await runner.record(fresh('live'));
    expect(await runner.deliver(live!)).toBe('sent');
    await expect.poll(() => started.length, { timeout: 2_000 }).toBe(3);
    expect(started[0]?.key).toBe('live');
    for (const s of started.slice(1)) expect(s.at - from).toBeGreaterThanOrEqual(390);
    await runner.stop(1_000);
  });

  it('GIVEN a clock that reads behind the timers THEN the backlog lane still starts when the delay is over, not at the next poll', async () => {
    const started: string[] = [];
    const { store, runner } = timedRunner(
      async (record) => (started.push(record.key), { status: 'sent' }),
      { backlogDelayMs: 200 },
      { clock: slowClock(Date.now()) },
    );
    await store.inbox.recordInbound(fresh('dead'), 'gone', 0);
    runner.startRecovery();
    await expect.poll(() => started, { timeout: 1_500 }).toEqual(['dead']);
    await runner.stop(1_000);
  });

  it('GIVEN a clock that reads behind the timers THEN a backlog record that failed is claimed again when its wake-up fires', async () => {
    const sends: string[] = [];
    const { runner } = timedRunner(
      async (record) => {
        sends.push(record.key);
        if (sends.length === 1) throw new Error('HTTP 503');
        return { status: 'sent' };
      },
      { retry: { minMs: 200, maxMs: 200 } },
      { clock: slowClock(Date.now()), random: () => 1 },
    );
    await runner.record(fresh('caught-up'), { backlog: true });
    await expect.poll(() => sends, { timeout: 1_500 }).toEqual(['caught-up', 'caught-up']);
    await runner.stop(1_000);
  });

  it('GIVEN a send that fails once and a poll far away THEN the record is sent again at its own retry time, by a timer', async () => {
    const t = await failedOnce();
    // The retry is due 100 ms (clock) later; the wake-up timer fires after that much real time, with no poll running.
    t.advance(100);
    await expect.poll(() => t.sent.length, { timeout: 2_000 }).toBe(2);
    expect(t.sent.map((s) => s.recovered)).toEqual([false, true]);
    await t.runner.stop(1_000);
    expect(await t.store.inbox.inboxStats()).toEqual({ pending: 0, oldestReceivedAt: null });
  });

  it('GIVEN a live send that fails once THEN this replica keeps its lease and retries it after the backoff, without asking the core again', async () => {
    const t = await failedOnce();
    // Another replica's recovery does not take it at its retry time: it is still this replica's.
    expect(await t.store.inbox.claimInbound('slack', 'x', t.now() + 100, t.now() + 1_000, 5)).toEqual([]);
    t.advance(100);
    await expect.poll(() => t.sent.length).toBe(2);
    await t.runner.stop(1_000);
    expect(t.sent.map((s) => s.recovered)).toEqual([false, true]);
    expect(t.asked).toEqual(['question k1']);
    expect(await t.store.inbox.inboxStats()).toEqual({ pending: 0, oldestReceivedAt: null });
  });

  it('GIVEN a live send that failed and the replica gone THEN another replica claims it once its kept lease has run out, reply kept', async () => {
    const t = await failedOnce();
    await t.runner.stop(0);
    // Retry due at +100, kept for a lease (1,000) beyond that.
    expect(await t.store.inbox.claimInbound('slack', 'x', t.now() + 1_099, t.now() + 5_000, 5)).toEqual([]);
    const [claimed] = await t.store.inbox.claimInbound('slack', 'x', t.now() + 1_100, t.now() + 5_000, 5);
    expect(claimed).toMatchObject({ key: 'k1', attempts: 1, reply: replyFixture });
    expect(t.sent).toHaveLength(1);
  });

  it('GIVEN a paced backlog waiting THEN a live send that failed is retried at its own time, not behind the backlog', async () => {
    const started: string[] = [];
    let failLive = true;
    const { runner } = timedRunner(
      async (record) => {
        started.push(record.key);
        if (record.key === 'live' && failLive) throw new Error('HTTP 503');
        return { status: 'sent' };
      },
      { recoveryConcurrency: 10, recoveryPerSecond: 1, retry: { minMs: 50, maxMs: 50 } },
    );
    for (let i = 0; i < 5; i++) await runner.record(fresh(`b${i}`), { backlog: true });
    await expect.poll(() => started.length).toBe(1);
    const live = await runner.record(fresh('live'));
    expect(await runner.deliver(live!)).toBe('retry');
    failLive = false;
    await expect.poll(() => started.filter((k) => k === 'live').length, { timeout: 500, interval: 10 }).toBe(2);
    // The backlog lane is still at its one-a-second pace: the retry went around it.
    expect(started.filter((k) => k.startsWith('b')).length).toBeLessThanOrEqual(2);
    await runner.stop(0);
  });

  it('GIVEN a redelivery of a recorded item THEN record returns nothing and nothing is sent', async () => {
    const t = setup(async () => ({ status: 'sent' }));
    expect(await t.runner.record(inboundItem('k1'))).toBeDefined();
    expect(await t.runner.record(inboundItem('k1'))).toBeUndefined();
    expect(t.sent).toEqual([]);
  });

  it('GIVEN a record past its deadline or a channel gone THEN it is closed with the reason and counted once', async () => {
    const t = setup(async () => ({ status: 'gone', reason: 'channel_not_found' }));
    const late = await t.runner.record(inboundItem('late', { receivedAt: 0, deadline: 500 }));
    expect(await t.runner.deliver(late!)).toBe('closed');
    const gone = await t.runner.record(inboundItem('gone', { deadline: 50_000 }));
    expect(await t.runner.deliver(gone!)).toBe('closed');
    expect(t.closed).toEqual(['expired', 'channel_not_found']);
    expect(t.sent.map((s) => s.key)).toEqual(['gone']);
    expect(await t.store.inbox.inboxStats()).toEqual({ pending: 0, oldestReceivedAt: null });
  });

  it('GIVEN one record whose send hangs THEN recovery still delivers the others', async () => {
    const t = setup((record) => (record.key === 'stuck' ? new Promise<SendOutcome>(() => undefined) : Promise.resolve({ status: 'sent' })));
    for (const key of ['stuck', 'a', 'b', 'c']) await t.store.inbox.recordInbound(inboundItem(key, { deadline: 50_000 }), 'dead', 0);
    t.runner.startRecovery();
    await expect.poll(() => t.sent.length).toBe(4);
    await t.runner.stop(50);
    expect((await t.store.inbox.inboxStats()).pending).toBe(1);
  });
});
