import type { MessageKind, Platform } from '../message.js';
import type { Reply } from '../reply.js';
import type { Inbox, InboundItem, InboxRecord, InboxStats, RecentInbound, RetryKeep } from './inbox.js';

interface Entry {
  item: InboundItem;
  state: 'pending' | 'done' | 'closed';
  attempts: number;
  dueAt: number;
  owner: string;
  reply?: Reply;
  finishedAt?: number;
  closedReason?: string;
}

/** The inbox in process memory (the terminal chat and tests): the same contract, lost on exit. */
export class MemoryInbox implements Inbox {
  private readonly entries = new Map<string, Entry>();

  async recordInbound(item: InboundItem, owner: string, leaseUntil: number): Promise<boolean> {
    if (this.entries.has(item.key)) return false;
    this.entries.set(item.key, { item, state: 'pending', attempts: 0, dueAt: leaseUntil, owner });
    return true;
  }

  async saveInboundReply(key: string, reply: Reply): Promise<void> {
    const entry = this.entries.get(key);
    if (entry) entry.reply = reply;
  }

  async renewInbound(key: string, owner: string, leaseUntil: number): Promise<boolean> {
    const entry = this.entries.get(key);
    if (!entry || entry.state !== 'pending' || entry.owner !== owner) return false;
    entry.dueAt = leaseUntil;
    return true;
  }

  async retryInbound(key: string, retryAt: number, _error: string, keep?: RetryKeep): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry || entry.state !== 'pending') return;
    entry.attempts += 1;
    entry.dueAt = keep?.leaseUntil ?? retryAt;
    entry.owner = keep?.owner ?? '';
  }

  async finishInbound(key: string, now: number, closedReason?: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry || entry.state !== 'pending') return;
    entry.state = closedReason ? 'closed' : 'done';
    entry.finishedAt = now;
    if (closedReason) entry.closedReason = closedReason;
  }

  async claimInbound(platform: Platform, owner: string, now: number, leaseUntil: number, limit: number): Promise<InboxRecord[]> {
    const due = [...this.entries.values()]
      .filter((e) => e.state === 'pending' && e.item.platform === platform && e.dueAt <= now)
      .sort((a, b) => a.dueAt - b.dueAt)
      .slice(0, limit);
    return due.map((e) => {
      e.owner = owner;
      e.dueAt = leaseUntil;
      return { ...e.item, attempts: e.attempts, ...(e.reply ? { reply: e.reply } : {}) };
    });
  }

  async inboxStats(): Promise<InboxStats> {
    const pending = [...this.entries.values()].filter((e) => e.state === 'pending');
    const oldest = pending.reduce<number | null>((min, e) => (min === null || e.item.receivedAt < min ? e.item.receivedAt : min), null);
    return { pending: pending.length, oldestReceivedAt: oldest };
  }

  async recentInbound(platform: Platform, keyPrefix: string, since: number, limit: number, kind?: MessageKind): Promise<RecentInbound[]> {
    return [...this.entries.values()]
      .map((e) => e.item)
      .filter((i) => i.platform === platform && i.key.startsWith(keyPrefix) && i.receivedAt >= since && (!kind || i.message.kind === kind))
      .sort((a, b) => b.receivedAt - a.receivedAt)
      .slice(0, limit)
      .map((i) => ({ key: i.key, receivedAt: i.receivedAt, route: i.route, kind: i.message.kind }));
  }

  /** Forgets finished records older than `olderThan`; returns how many. */
  purge(olderThan: number): number {
    let removed = 0;
    for (const [key, e] of this.entries) {
      if (e.finishedAt !== undefined && e.finishedAt < olderThan) {
        this.entries.delete(key);
        removed += 1;
      }
    }
    return removed;
  }

  clear(): void {
    this.entries.clear();
  }
}
