import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Platform } from '../message.js';
import type { InboundItem, InboxRecord } from '../store/inbox.js';
import { deliverInbound, type DeliverDeps, type DeliverResult, type KeepRetry } from './deliver-inbound.js';

/** An item as an adapter records it: without a deadline, it gets the inbox's give-up age. */
export type NewInbound = Omit<InboundItem, 'deadline'> & { deadline?: number };

export interface InboxRunner {
  /** This replica's lease owner id. */
  readonly owner: string;
  /**
   * Records an item leased to this replica for the live path (then `deliver` it); undefined for a redelivery of
   * one recorded before. With `backlog`, the item is due at once for the backlog lane instead (a message found by
   * a catch-up): it is answered beside live questions, not ahead of them.
   */
  record(item: NewInbound, options?: { backlog?: boolean }): Promise<InboundItem | undefined>;
  /** Delivers a just-recorded item now (the live path); tracked so that `stop` can wait for it. */
  deliver(item: InboundItem): Promise<DeliverResult>;
  /**
   * Claims due records every `pollMs` until `stop`, the first time after `backlogDelayMs`; until then the backlog
   * lane starts nothing (records it is told of wait for the first claim).
   */
  startRecovery(): void;
  /** Stops polling and waits (up to `drainMs`) for deliveries in flight. */
  stop(drainMs: number): Promise<void>;
}

/** How soon the backlog lane looks again when the platform's request budget had no room. */
const BUDGET_RECHECK_MS = 100;

/**
 * One platform's inbox for this process: the live path and the recovery loop share `deliverInbound`. A live
 * record this process failed to send stays leased to it and is sent again at its own retry time by a timer, in
 * the live lane (a backlog after a restart does not hold it back); a backlog record that failed is claimed again
 * at its retry time, in the backlog lane.
 */
export function createInboxRunner(platform: Platform, given: DeliverDeps): InboxRunner {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const inFlight = new Map<string, Promise<DeliverResult>>();
  /** Keys of the backlog lane's deliveries in flight (a subset of `inFlight`). */
  const recovering = new Set<string>();
  /** When the backlog lane's deliveries of the last second started, oldest first (its rate limit). */
  const starts: number[] = [];
  /** The timer that wakes the lane when its next start is allowed: one at a time, cleared when it fires. */
  let rateTimer: NodeJS.Timeout | undefined;
  let timer: NodeJS.Timeout | undefined;
  /** Before this (the clock), the backlog lane starts nothing: `startRecovery`'s delay. */
  let settleUntil = 0;
  /** The latest retry time a wake-up timer fired for: the next claim counts it as now at least. */
  let wokenFor = 0;
  let stopped = false;
  let claiming = false;
  /** A tick asked for while one was claiming: run once more when it is done. */
  let again = false;
  const wakeups = new Set<NodeJS.Timeout>();
  /** Runs `run` at `at` (the clock) unless stopped first; `stop` clears what is still waiting. */
  const wakeUpAt = (at: number, run: () => void): void => {
    if (stopped) return;
    const wake = setTimeout(() => {
      wakeups.delete(wake);
      if (!stopped) run();
    }, Math.max(0, at - given.clock()));
    wake.unref();
    wakeups.add(wake);
  };
  const deps: DeliverDeps = {
    ...given,
    wakeAt(at) {
      given.wakeAt?.(at);
      wakeUpAt(at, () => {
        // Due by the time this fires, even if the clock reads a millisecond short (timers and the wall clock
        // drift apart): without this the retry would wait for the next poll.
        wokenFor = Math.max(wokenFor, at);
        void tick();
      });
    },
  };

  /**
   * Keeps a delivery in flight and its lease alive: every third of the lease it is extended, so a slow send (a
   * cold process, a platform taking seconds) is not claimed and answered again by another replica; a process
   * that died or stalls stops renewing, and its lease runs out as before.
   */
  const track = (key: string, run: Promise<DeliverResult>): Promise<DeliverResult> => {
    inFlight.set(key, run);
    const renew = setInterval(() => {
      deps.inbox
        .renewInbound(key, owner, deps.clock() + deps.settings.leaseMs)
        .catch((err: unknown) => deps.logger.warn({ err, inboxKey: key }, 'renewing a lease failed'));
    }, Math.max(50, deps.settings.leaseMs / 3));
    renew.unref();
    void run.finally(() => {
      clearInterval(renew);
      inFlight.delete(key);
    });
    return run;
  };

  /** How many backlog deliveries may start now; when none, a wake-up is set for when one may. */
  const rateRoom = (now: number): number => {
    while (starts.length > 0 && starts[0]! <= now - 1000) starts.shift();
    const own = deps.settings.recoveryPerSecond - starts.length;
    const room = Math.min(own, deps.backlogRoom?.() ?? own);
    if (room <= 0 && !rateTimer && !stopped) {
      // Own rate spent: wake when its oldest start leaves the second (a timer may fire a millisecond early by the
      // clock: then this runs again and sets another). The platform's budget: look again shortly.
      const wait = own <= 0 ? starts[0]! + 1000 - now + 1 : BUDGET_RECHECK_MS;
      rateTimer = setTimeout(() => ((rateTimer = undefined), void tick()), Math.max(1, wait));
      rateTimer.unref();
    }
    return room;
  };

  const tick = async (): Promise<void> => {
    if (claiming) again = true;
    if (claiming || stopped) return;
    const now = Math.max(deps.clock(), wokenFor);
    if (now < settleUntil) return;
    const room = Math.min(deps.settings.recoveryConcurrency - recovering.size, rateRoom(now));
    if (room <= 0) return;
    claiming = true;
    try {
      wokenFor = 0;
      const claimed = await deps.inbox.claimInbound(platform, owner, now, now + deps.settings.leaseMs, room);
      for (const record of claimed) {
        if (inFlight.has(record.key)) continue;
        recovering.add(record.key);
        starts.push(now);
        const run = track(record.key, deliverInbound(deps, record, true));
        // A lane slot freed: take the next due record now rather than at the next poll.
        void run.finally(() => (recovering.delete(record.key), void tick()));
      }
      if (claimed.length > 0) deps.logger.debug({ claimed: claimed.length }, 'pending replies claimed');
    } catch (err) {
      deps.logger.error({ err }, 'claiming pending replies failed');
    } finally {
      claiming = false;
      if (again) {
        again = false;
        void tick();
      }
    }
  };

  /** The live lane: a failed send is retried here, by a timer at its retry time, under this replica's lease. */
  const keep: KeepRetry = {
    owner,
    retry(next, at) {
      wakeUpAt(at, () => {
        if (!inFlight.has(next.key)) void live(next);
      });
    },
  };
  const live = (record: InboxRecord): Promise<DeliverResult> =>
    track(record.key, deliverInbound(deps, record, record.attempts > 0, keep));

  return {
    owner,
    async record(item, options = {}) {
      const full: InboundItem = { ...item, deadline: item.deadline ?? item.receivedAt + deps.settings.giveUpMs };
      const now = deps.clock();
      const fresh = await deps.inbox.recordInbound(full, owner, options.backlog ? now : now + deps.settings.leaseMs);
      if (fresh && options.backlog) void tick();
      return fresh ? full : undefined;
    },
    deliver(item) {
      return live({ ...item, attempts: 0 });
    },
    startRecovery() {
      if (timer || stopped) return;
      const poll = (): void => {
        // The delay is over when its timer fires, even if the clock reads a millisecond short of it (timers and
        // the wall clock drift apart): a check against the clock would leave the lane idle until the next poll.
        settleUntil = 0;
        void tick();
        timer = setInterval(() => void tick(), deps.settings.pollMs);
        timer.unref();
      };
      if (deps.settings.backlogDelayMs <= 0) return poll();
      settleUntil = deps.clock() + deps.settings.backlogDelayMs;
      timer = setTimeout(poll, deps.settings.backlogDelayMs);
      timer.unref();
    },
    async stop(drainMs) {
      stopped = true;
      clearTimeout(timer);
      clearInterval(timer);
      clearTimeout(rateTimer);
      for (const wake of wakeups) clearTimeout(wake);
      let wait: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => (wait = setTimeout(resolve, drainMs)));
      await Promise.race([Promise.allSettled([...inFlight.values()]), late]);
      clearTimeout(wait);
    },
  };
}
