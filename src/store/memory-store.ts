import type { ChannelMode, ChannelModeSetting } from '../channels/channel-mode.js';
import type { ConversationState } from '../conversation/state.js';
import { MemoryInbox } from './memory-inbox.js';
import type {
  EntrySignalRecord, EscalationRecord, FeedbackRecord, GapVoteRecord, OpenGapNotice, QuestionRecord, RateLimitResult, Store,
} from './store.js';

/** A hand-off as the memory store keeps it: the record, and when it was resolved (null while open). */
export interface MemoryEscalation extends EscalationRecord {
  resolvedAt: number | null;
}

/** How many questions the memory store keeps (a terminal chat or a test never needs more). */
const MAX_QUESTIONS = 10_000;

interface Expiring<T> {
  value: T;
  expiresAt: number;
}

/** A store in process memory: the terminal chat's default and the tests' store. Entries expire lazily. */
export class MemoryStore implements Store {
  readonly feedback: FeedbackRecord[] = [];
  /** The logged questions, oldest first (the last `MAX_QUESTIONS`). */
  get questions(): QuestionRecord[] {
    return [...this.logged.slice(this.next), ...this.logged.slice(0, this.next)];
  }
  readonly escalations: MemoryEscalation[] = [];
  readonly signals: EntrySignalRecord[] = [];
  readonly gapVotes: (GapVoteRecord & { notifiedAt?: number })[] = [];
  readonly digests = new Map<string, string>();
  readonly inbox = new MemoryInbox();
  private readonly channelModes = new Map<string, ChannelModeSetting>();
  private readonly contexts = new Map<string, Expiring<ConversationState>>();
  private readonly events = new Map<string, number>();
  private readonly hits = new Map<string, number[]>();
  /** The question log as a ring: once full, `next` is the oldest record's slot and the next write's. */
  private readonly logged: QuestionRecord[] = [];
  private next = 0;

  async getContext(key: string, now: number): Promise<ConversationState | undefined> {
    const item = this.contexts.get(key);
    if (!item) return undefined;
    if (item.expiresAt <= now) {
      this.contexts.delete(key);
      return undefined;
    }
    return item.value;
  }

  async setContext(key: string, state: ConversationState, expiresAt: number): Promise<void> {
    this.contexts.set(key, { value: state, expiresAt });
  }

  async markEvent(eventId: string, now: number, expiresAt: number): Promise<boolean> {
    const seen = this.events.get(eventId);
    if (seen !== undefined && seen > now) return false;
    this.events.set(eventId, expiresAt);
    if (this.events.size > 50_000) this.sweep(now);
    return true;
  }

  async hitRateLimit(userKey: string, now: number, windowMs: number, limit: number): Promise<RateLimitResult> {
    const recent = (this.hits.get(userKey) ?? []).filter((t) => t > now - windowMs);
    if (recent.length >= limit) {
      this.hits.set(userKey, recent);
      return { allowed: false, retryAfterMs: (recent[0] ?? now) + windowMs - now };
    }
    recent.push(now);
    this.hits.set(userKey, recent);
    return { allowed: true, retryAfterMs: 0 };
  }

  async addFeedback(record: FeedbackRecord): Promise<void> {
    this.feedback.push(record);
  }

  async logQuestion(record: QuestionRecord): Promise<void> {
    if (this.logged.length < MAX_QUESTIONS) {
      this.logged.push(record);
      return;
    }
    this.logged[this.next] = record;
    this.next = (this.next + 1) % MAX_QUESTIONS;
  }

  async getChannelMode(platform: string, channelId: string): Promise<ChannelMode | undefined> {
    return this.channelModes.get(`${platform}:${channelId}`)?.mode;
  }

  async setChannelMode(setting: ChannelModeSetting): Promise<void> {
    this.channelModes.set(`${setting.platform}:${setting.channelId}`, { ...setting });
  }

  async recordEscalation(record: EscalationRecord): Promise<boolean> {
    if (this.escalations.some((e) => e.threadKey === record.threadKey && e.resolvedAt === null)) return false;
    this.escalations.push({ ...record, resolvedAt: null });
    return true;
  }

  async resolveEscalation(threadKey: string, at: number): Promise<boolean> {
    const open = this.escalations.find((e) => e.threadKey === threadKey && e.resolvedAt === null);
    if (!open) return false;
    open.resolvedAt = at;
    return true;
  }

  async addEntrySignal(record: EntrySignalRecord): Promise<void> {
    if (this.signals.some((s) => s.questionId === record.questionId && s.signal === record.signal)) return;
    this.signals.push({ ...record });
  }

  async addGapVote(record: GapVoteRecord): Promise<boolean> {
    if (this.gapVotes.some((v) => v.questionId === record.questionId && v.userKey === record.userKey)) return false;
    this.gapVotes.push({ ...record });
    return true;
  }

  async openGapNotices(platform: string, limit: number): Promise<OpenGapNotice[]> {
    return this.gapVotes
      .filter((v) => v.notify && v.notifiedAt === undefined && v.text !== null && v.platform === platform)
      .sort((a, b) => a.at - b.at)
      .slice(0, limit)
      .flatMap((v) => (v.notify && v.text !== null ? [{ questionId: v.questionId, userKey: v.userKey, text: v.text, route: v.notify }] : []));
  }

  async claimGapNotice(questionId: string, userKey: string, at: number): Promise<boolean> {
    const vote = this.gapVotes.find((v) => v.questionId === questionId && v.userKey === userKey);
    if (!vote || vote.notifiedAt !== undefined) return false;
    vote.notifiedAt = at;
    return true;
  }

  async releaseGapNotice(questionId: string, userKey: string): Promise<void> {
    const vote = this.gapVotes.find((v) => v.questionId === questionId && v.userKey === userKey);
    if (vote) delete vote.notifiedAt;
  }

  async claimDigest(period: string, owner: string): Promise<boolean> {
    if (this.digests.has(period)) return false;
    this.digests.set(period, owner);
    return true;
  }

  async close(): Promise<void> {
    this.inbox.clear();
    this.contexts.clear();
    this.events.clear();
    this.hits.clear();
    this.channelModes.clear();
  }

  private sweep(now: number): void {
    for (const [id, expiresAt] of this.events) if (expiresAt <= now) this.events.delete(id);
    for (const [key, item] of this.contexts) if (item.expiresAt <= now) this.contexts.delete(key);
  }
}
