import { z } from 'zod';

/** Labels that are not pain points: out of scope, and smalltalk. */
export const OOS_LABEL = 'oos';
export const SMALLTALK_LABEL = 'smalltalk';

/** One line of a labelled set (JSON Lines): the question, its pain point (or `oos` / `smalltalk`), facts expected. */
export const labelledQuestionSchema = z.object({
  text: z.string(),
  label: z.string().min(1),
  /** Words a correct answer must contain (case-insensitive). */
  expect: z.array(z.string().min(1)).optional(),
  /**
   * The entry that answers the question, or null when none does yet (the honest reply is then the pain-point
   * level "no specific answer yet"). Absent when the line is labelled with its pain point only.
   */
  entry: z.string().min(1).nullable().optional(),
  /** Where a real question was asked (real-question sets). */
  source: z.string().url().optional(),
  /** A few words on what is asked (real-question sets). */
  topic: z.string().optional(),
  /** How much the line counts in calibration (default 1). */
  weight: z.number().positive().optional(),
});
export type LabelledQuestion = z.infer<typeof labelledQuestionSchema>;

/** Parses JSON Lines; a bad line is reported with its number. */
export function parseLabelledLines(source: string, file: string): LabelledQuestion[] {
  const out: LabelledQuestion[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
    const parsed = labelledQuestionSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    out.push(parsed.data);
  });
  return out;
}
