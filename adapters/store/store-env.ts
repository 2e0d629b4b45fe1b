import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** The storage part of the configuration; the composition root merges it into the one schema. */
export const storeEnvSchema = z.object({
  SQLITE_PATH: z.string().min(1).default('./data/ml-advisor.db'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** Key for hashing user ids (the core hashes them). Optional in development, required in production. */
  USER_HASH_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_QUESTIONS: flag.default(true),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  NODE_ENV: z.string().optional(),
});

/** In production user ids must be hashed with a key: the rule for any schema that holds the store's fields. */
export function requireHashKeyInProduction(env: { NODE_ENV?: string | undefined; USER_HASH_KEY?: string | undefined }, ctx: z.RefinementCtx): void {
  if (env.NODE_ENV === 'production' && !env.USER_HASH_KEY) {
    ctx.addIssue({ code: 'custom', path: ['USER_HASH_KEY'], message: 'is required when NODE_ENV=production' });
  }
}

export const storeEnv = storeEnvSchema.superRefine(requireHashKeyInProduction);
export type StoreEnv = z.infer<typeof storeEnvSchema>;

/** An empty string in the environment means "not set". */
export function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

export const dayMs = 24 * 60 * 60_000;
