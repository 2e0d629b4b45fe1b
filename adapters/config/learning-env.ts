import { z } from 'zod';
import { defaultGapMinPeople } from '../report/gap-clusters.js';

/** Settings for learning from use: suggestions (`kb suggest`) and the weekly digest. */
export const learningEnvSchema = z.object({
  /** The fewest different people behind a gap before its questions' words may appear in a suggestion or digest. */
  GAP_MIN_PEOPLE: z.coerce
    .number({ error: 'GAP_MIN_PEOPLE must be a whole number of people' })
    .int('GAP_MIN_PEOPLE must be a whole number of people')
    .min(1, 'GAP_MIN_PEOPLE must be at least 1')
    .max(1000, 'GAP_MIN_PEOPLE must be at most 1000')
    .default(defaultGapMinPeople),
});
export type LearningEnv = z.infer<typeof learningEnvSchema>;
