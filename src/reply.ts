import { z } from 'zod';

export const outcomeSchema = z.enum(['answer', 'clarify', 'fallback', 'smalltalk', 'notice']);
/** answer | clarify | fallback | smalltalk, and `notice` for the bot's own messages (thanks, slow down, errors). */
export type Outcome = z.infer<typeof outcomeSchema>;

/** A button or numbered choice. `id` is what comes back as the text of an `action` message (≤ 100 chars). */
export const replyActionSchema = z.object({
  id: z.string().min(1).max(100),
  label: z.string().min(1).max(80),
  style: z.enum(['primary', 'danger']).optional(),
});
export type ReplyAction = z.infer<typeof replyActionSchema>;

export const sourceLinkSchema = z.object({
  label: z.string().min(1),
  url: z.string().url(),
});
export type SourceLink = z.infer<typeof sourceLinkSchema>;

/**
 * The one reply shape the core returns. `body` is a small Markdown subset: paragraphs, `- ` bullets,
 * `**bold**`, `_italic_`, `` `code` `` and `[label](url)` links. Adapters render it for their platform.
 */
export const replySchema = z.object({
  outcome: outcomeSchema,
  painPoint: z.string().nullable(),
  entryId: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  title: z.string(),
  body: z.string(),
  sources: z.array(sourceLinkSchema),
  actions: z.array(replyActionSchema),
  /** Offer 👍/👎 under this reply (answers only). */
  feedback: z.boolean(),
  /**
   * The pain point is clear but no entry addresses the question: the reply says so and answers at the pain-point
   * level (`outcome: answer`, `entryId: null`); the question is recorded as a knowledge gap.
   */
  uncovered: z.boolean().optional(),
  /** On an uncovered reply: the entry shown as the nearest answer to a related question, when one is shown. */
  closestEntryId: z.string().optional(),
  /**
   * Tag the configured experts with this reply (the "Ask a person" hand-off). The one reply that pings anyone, and
   * only the experts' group or role: adapters build that mention deliberately and allow no other.
   */
  tagExperts: z.boolean().optional(),
});
export type Reply = z.infer<typeof replySchema>;
