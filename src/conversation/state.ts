import { z } from 'zod';
import { lastQuestionSchema } from '../learning/last-question.js';

/** What the advisor remembers of a conversation or thread between two messages. */
export const conversationStateSchema = z.object({
  painPoint: z.string().nullable(),
  entryId: z.string().nullable(),
  /** Entries already shown in this conversation, newest last (for "tell me more"). */
  shown: z.array(z.string()),
  /** The guided where-to-start path's answers so far, when one is in progress. */
  path: z.array(z.string()).optional(),
  /** In a channel thread: the user key of the person who asked; only their messages continue it unmentioned. */
  asker: z.string().optional(),
  /** In a channel thread: why the bot stopped following it (a colleague answered, or it was marked resolved). */
  closed: z.enum(['colleague', 'resolved']).optional(),
  /** In a channel thread: a person was asked to help ("Ask a person"). */
  escalated: z.boolean().optional(),
  /** The last question asked here, for the clicks that confirm it or vote on it (`src/learning/`). */
  lastQuestion: lastQuestionSchema.optional(),
  updatedAt: z.number(),
});
export type ConversationState = z.infer<typeof conversationStateSchema>;
