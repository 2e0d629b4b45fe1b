import { z } from 'zod';

/** A logged question as the report reads it (no user key: the report never needs who asked). */
export const questionRowSchema = z.object({
  at: z.number(),
  platform: z.string(),
  workspaceId: z.string().nullable(),
  text: z.string().nullable(),
  outcome: z.string(),
  painPoint: z.string().nullable(),
  entryId: z.string().nullable(),
  confidence: z.number(),
  /** The channel's mode when asked in a channel; null for DMs, commands and questions logged before modes existed. */
  channelMode: z.string().nullable(),
  /** The question's id (null for questions logged before ids existed). */
  questionId: z.string().nullable(),
  /** Who asked, as a keyed hash: for counting distinct people; never printed. */
  userKey: z.string(),
});
export type QuestionRow = z.infer<typeof questionRowSchema>;

export const feedbackRowSchema = z.object({
  at: z.number(),
  platform: z.string(),
  workspaceId: z.string().nullable(),
  entryId: z.string().nullable(),
  painPoint: z.string().nullable(),
  vote: z.enum(['up', 'down']),
  comment: z.string().nullable(),
  /** Who gave it, as a keyed hash: for counting distinct people; never printed. */
  userKey: z.string(),
});
export type FeedbackRow = z.infer<typeof feedbackRowSchema>;

/** A hand-off to a person ("Ask a person"), and when it was marked resolved (null while open). */
export const escalationRowSchema = z.object({
  at: z.number(),
  platform: z.string(),
  workspaceId: z.string().nullable(),
  channelMode: z.string().nullable(),
  painPoint: z.string().nullable(),
  entryId: z.string().nullable(),
  resolvedAt: z.number().nullable(),
  questionId: z.string().nullable(),
  userKey: z.string(),
});
export type EscalationRow = z.infer<typeof escalationRowSchema>;

export const entrySignalRowSchema = z.object({
  at: z.number(),
  questionId: z.string(),
  signal: z.enum(['pick', 'up', 'follow-up', 'down']),
  text: z.string().nullable(),
  entryId: z.string(),
  platform: z.string(),
  userKey: z.string(),
});
export type EntrySignalRow = z.infer<typeof entrySignalRowSchema>;

/** A "me too" as the report reads it. The opt-in route, with the person's platform id, is left out: only the notice runner reads it (`openGapNotices`). */
export const gapVoteRowSchema = z.object({
  at: z.number(),
  questionId: z.string(),
  text: z.string().nullable(),
  painPoint: z.string().nullable(),
  outcome: z.string(),
  platform: z.string(),
  workspaceId: z.string().nullable(),
  userKey: z.string(),
});
export type GapVoteRow = z.infer<typeof gapVoteRowSchema>;

/** Read side of a durable store, for `ml-advisor report` and the admins' stats. Rows come oldest first. */
export interface Reporting {
  questionsSince(since: number): Promise<QuestionRow[]>;
  feedbackSince(since: number): Promise<FeedbackRow[]>;
  /** Hand-offs made at or after `since`, resolved or not. */
  escalationsSince(since: number): Promise<EscalationRow[]>;
  /** Clicks' verdicts on answers (picks, 👍, follow-ups, 👎) since `since`. */
  entrySignalsSince(since: number): Promise<EntrySignalRow[]>;
  /** "Me too" votes since `since`. */
  gapVotesSince(since: number): Promise<GapVoteRow[]>;
}

export interface PurgeResult {
  questions: number;
  feedback: number;
  /** Hand-offs made before the cut-off. */
  escalations: number;
  /** Entry signals and "me too" votes older than the cut-off. */
  learning: number;
  /** Inbox records answered or closed before the cut-off. */
  inbox: number;
  /** Expired contexts, event ids and rate-limit hits. */
  expired: number;
}

/** Retention: deletes questions, feedback and finished inbox records older than `olderThan` and everything expired by `now`. */
export interface Purging {
  purge(olderThan: number, now?: number): Promise<PurgeResult>;
}
