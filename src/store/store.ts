import { z } from 'zod';
import type { ChannelMode, ChannelModeSetting } from '../channels/channel-mode.js';
import type { ConversationState } from '../conversation/state.js';
import type { Inbox } from './inbox.js';

export interface FeedbackRecord {
  entryId: string | null;
  painPoint: string | null;
  vote: 'up' | 'down';
  /** What the user missed (the 👎 form), when given. */
  comment?: string;
  platform: string;
  workspaceId?: string;
  /** Already a keyed hash when privacy is on: the store never sees raw ids. */
  userKey: string;
  at: number;
}

export interface QuestionRecord {
  /** The question's own id (random), so that later clicks ("Me too", a pick, 👍) can point at it. */
  id?: string;
  platform: string;
  workspaceId?: string;
  userKey: string;
  /** Null when question logging is turned off. */
  text: string | null;
  outcome: string;
  painPoint: string | null;
  entryId: string | null;
  confidence: number;
  /** The channel's mode when the question came from a channel (`mention`, `auto`, `confident`). */
  channelMode?: ChannelMode;
  at: number;
}

/**
 * What a user's click said about the answer to one of their questions (`kb suggest` reads these):
 * - `pick`: they picked this entry from a "did you mean" or "no specific answer yet" reply;
 * - `up`: 👍 on the answer; `follow-up`: they clicked one of the answer's follow-up buttons;
 * - `down`: 👎 on the answer (never a reason to suggest the phrasing; it vetoes it).
 */
export interface EntrySignalRecord {
  questionId: string;
  /** The question's text; null when question logging is off. */
  text: string | null;
  entryId: string;
  signal: 'pick' | 'up' | 'follow-up' | 'down';
  platform: string;
  userKey: string;
  at: number;
}

/** Where to tell a person that a gap they hit is now answered (kept only when they asked for it). */
export const gapNoticeRouteSchema = z.object({
  platform: z.string(),
  /** The platform's own user id: kept only for this opt-in, to reach the person. */
  userId: z.string(),
  conversationId: z.string(),
  threadId: z.string().optional(),
});
export type GapNoticeRoute = z.infer<typeof gapNoticeRouteSchema>;

/** "Me too" on a fallback or a "no specific answer yet": one more person under that question's gap. */
export interface GapVoteRecord {
  questionId: string;
  text: string | null;
  painPoint: string | null;
  /** `fallback` or `uncovered`: the outcome of the question voted on. */
  outcome: string;
  platform: string;
  workspaceId?: string;
  userKey: string;
  at: number;
  /** Set when the person asked to be told once the gap is answered. */
  notify?: GapNoticeRoute;
}

/** A "me too" whose voter asked to be told once the gap is answered, not told yet. */
export interface OpenGapNotice {
  questionId: string;
  userKey: string;
  text: string;
  route: GapNoticeRoute;
}

/** A question handed to a person ("Ask a person"): at most one open per thread; a resolved thread may be handed off again. */
export interface EscalationRecord {
  /** The thread's conversation key (`conversationKey`). */
  threadKey: string;
  platform: string;
  workspaceId?: string;
  channelMode?: ChannelMode;
  painPoint: string | null;
  entryId: string | null;
  /** The asker's user key (hashed like every stored user id). */
  userKey: string;
  /** The thread's last question (its `QuestionRecord.id`), when known. */
  questionId?: string;
  at: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** How long until the next question is allowed, when not. */
  retryAfterMs: number;
}

/**
 * Everything the advisor remembers. The in-memory store serves the terminal chat and tests; SQLite and
 * PostgreSQL implement the same contract for production. Every method is async so that any back end fits.
 */
export interface Store {
  /** Messages owing a reply, until the platform accepted it (`inbox.ts`). */
  readonly inbox: Inbox;
  getContext(key: string, now: number): Promise<ConversationState | undefined>;
  setContext(key: string, state: ConversationState, expiresAt: number): Promise<void>;
  /** Records an event id; true the first time it is seen before `expiresAt`, false for a repeat. */
  markEvent(eventId: string, now: number, expiresAt: number): Promise<boolean>;
  hitRateLimit(userKey: string, now: number, windowMs: number, limit: number): Promise<RateLimitResult>;
  addFeedback(record: FeedbackRecord): Promise<void>;
  logQuestion(record: QuestionRecord): Promise<void>;
  /** A channel's mode as an admin set it; undefined when never set (the default, `mention`, applies). */
  getChannelMode(platform: string, channelId: string): Promise<ChannelMode | undefined>;
  setChannelMode(setting: ChannelModeSetting): Promise<void>;
  /** Records a hand-off; true when recorded, false while one is already open for this thread (not yet resolved). */
  recordEscalation(record: EscalationRecord): Promise<boolean>;
  /** Marks a thread's hand-off resolved at `at`; true when an open one was resolved now. */
  resolveEscalation(threadKey: string, at: number): Promise<boolean>;
  /** Records a click's verdict on an answer; a repeat of the same question and signal is ignored. */
  addEntrySignal(record: EntrySignalRecord): Promise<void>;
  /** "Me too": true the first time this person votes on this question, false for a repeat. */
  addGapVote(record: GapVoteRecord): Promise<boolean>;
  /** Up to `limit` opted-in "me too" votes on `platform` with a question text, not told yet, oldest first. */
  openGapNotices(platform: string, limit: number): Promise<OpenGapNotice[]>;
  /** Marks one vote told at `at`; true for exactly one caller (replicas race for it), false if already taken. */
  claimGapNotice(questionId: string, userKey: string, at: number): Promise<boolean>;
  /** Undoes a claim whose message could not be sent, so that a later start tries again. */
  releaseGapNotice(questionId: string, userKey: string): Promise<void>;
  /**
   * Claims the digest of `period` (e.g. `2026-W49`) for `owner`: true for exactly one caller across every replica
   * and shard, false for all others.
   */
  claimDigest(period: string, owner: string, at: number): Promise<boolean>;
  close(): Promise<void>;
}
