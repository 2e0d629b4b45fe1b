import { z } from 'zod';
import { cronProblem } from '../digest/digest-schedule.js';
import { defaultGapMinPeople } from '../report/gap-clusters.js';
import { isTimeZone } from '../report/zoned-time.js';

/** Settings for learning from use: suggestions (`kb suggest`) and the weekly digest. */
export const learningEnvSchema = z.object({
  /** The fewest different people behind a gap before its questions' words may appear in a suggestion or digest. */
  GAP_MIN_PEOPLE: z.coerce
    .number({ error: 'GAP_MIN_PEOPLE must be a whole number of people' })
    .int('GAP_MIN_PEOPLE must be a whole number of people')
    .min(1, 'GAP_MIN_PEOPLE must be at least 1')
    .max(1000, 'GAP_MIN_PEOPLE must be at most 1000')
    .default(defaultGapMinPeople),
  /** The Slack channel the digest is posted to (its id); no Slack digest without it. */
  DIGEST_SLACK_CHANNEL: z
    .string()
    .regex(/^[CG][A-Z0-9]{6,20}$/, 'DIGEST_SLACK_CHANNEL must be a Slack channel id such as C0123456789 (not its #name)')
    .optional(),
  /** The Discord channel the digest is posted to (its id); no Discord digest without it. */
  DIGEST_DISCORD_CHANNEL: z
    .string()
    .regex(/^\d{17,20}$/, 'DIGEST_DISCORD_CHANNEL must be a Discord channel id (17–20 digits)')
    .optional(),
  /** When the digest is posted: a cron expression read in DIGEST_TZ (default Mondays at 09:00). */
  DIGEST_CRON: z
    .string()
    .default('0 9 * * 1')
    .superRefine((cron, ctx) => {
      const problem = cronProblem(cron);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** The IANA time zone DIGEST_CRON is read in and the digest's dates are shown in. */
  DIGEST_TZ: z
    .string()
    .default('UTC')
    .refine(isTimeZone, 'DIGEST_TZ must be an IANA time zone such as UTC or Europe/Paris'),
});
export type LearningEnv = z.infer<typeof learningEnvSchema>;
