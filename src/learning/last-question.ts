import { z } from 'zod';

/**
 * The last question asked in a conversation or thread, kept in its context so that later clicks there can point at
 * it: a pick from a "did you mean", 👍 / 👎, a follow-up button, "Me too". `text` is null when question logging is off.
 */
export const lastQuestionSchema = z.object({
  id: z.string(),
  text: z.string().nullable(),
  /** `answer`, `clarify`, `fallback` or `uncovered` (an answer with no entry for the question). */
  outcome: z.string(),
  /** The entry the question ended on: the one answered, or the one picked afterwards. */
  entryId: z.string().nullable(),
  painPoint: z.string().nullable(),
  at: z.number(),
});
export type LastQuestion = z.infer<typeof lastQuestionSchema>;

/** Outcomes whose question a later click can confirm or vote on. */
export const QUESTION_OUTCOMES: ReadonlySet<string> = new Set(['answer', 'clarify', 'fallback', 'uncovered']);
