import { z } from 'zod';
import { discordEnvSchema, type DiscordEnv } from '../discord/discord-env.js';
import { opsEnvSchema } from '../ops/ops-env.js';
import { inboxEnvSchema } from './inbox-env.js';
import { learningEnvSchema } from './learning-env.js';
import { slackEnvSchema, type SlackEnv } from '../slack/slack-env.js';
import { requireHashKeyInProduction, storeEnvSchema, withoutEmpty } from '../store/store-env.js';

/** The core's own settings. */
export const coreEnvSchema = z.object({
  /** Another knowledge pack (same format as `knowledge/`). */
  ML_ADVISOR_KNOWLEDGE: z.string().min(1).optional(),
  CONTEXT_TTL_MINUTES: z.coerce
    .number({ error: 'CONTEXT_TTL_MINUTES must be a number of minutes' })
    .int('CONTEXT_TTL_MINUTES must be a whole number')
    .min(1, 'CONTEXT_TTL_MINUTES must be at least 1')
    .max(10_080, 'CONTEXT_TTL_MINUTES must be at most a week (10080)')
    .default(30),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'RATE_LIMIT_PER_MINUTE must be a number (0 turns the limit off)' })
    .int('RATE_LIMIT_PER_MINUTE must be a whole number')
    .min(0, 'RATE_LIMIT_PER_MINUTE must be 0 (off) or more')
    .default(20),
  /** Platform user ids allowed `/ml-start stats`, comma-separated. */
  ADMIN_USER_IDS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)),
});

/** Everything but the platforms: one schema, so one pass reports every problem. */
export const appEnvSchema = coreEnvSchema
  .extend(opsEnvSchema.shape)
  .extend(storeEnvSchema.shape)
  .extend(inboxEnvSchema.shape)
  .extend(learningEnvSchema.shape);

export type AppConfig = z.infer<typeof appEnvSchema> & { slack?: SlackEnv; discord?: DiscordEnv };

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`The configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const issues = (error: z.ZodError): string[] =>
  error.issues.map((i) => {
    const variable = i.path.join('.');
    return variable && !i.message.includes(variable) ? `${variable}: ${i.message}` : i.message;
  });

/**
 * Reads and validates the whole environment. Slack is configured when any SLACK_*_TOKEN/secret is set, Discord
 * when DISCORD_TOKEN or DISCORD_APPLICATION_ID is: a half-configured platform is an error, never silently off.
 * Throws one ConfigError naming every bad variable; values never appear in it.
 */
export function readAppConfig(source: NodeJS.ProcessEnv): AppConfig {
  const env = withoutEmpty(source);
  const problems: string[] = [];
  const base = appEnvSchema.superRefine(requireHashKeyInProduction).safeParse(env);
  if (!base.success) problems.push(...issues(base.error));
  let slack: SlackEnv | undefined;
  if (env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) {
    const parsed = slackEnvSchema.safeParse(env);
    if (parsed.success) slack = parsed.data;
    else problems.push(...issues(parsed.error));
  }
  let discord: DiscordEnv | undefined;
  if (env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID) {
    const parsed = discordEnvSchema.safeParse(env);
    if (parsed.success) discord = parsed.data;
    else problems.push(...issues(parsed.error));
  }
  // A digest channel for a platform that is not configured would never get its digest: said, not ignored.
  if (base.success && base.data.DIGEST_SLACK_CHANNEL && !env.SLACK_BOT_TOKEN) {
    problems.push('DIGEST_SLACK_CHANNEL is set but Slack is not configured (SLACK_BOT_TOKEN is missing)');
  }
  if (base.success && base.data.DIGEST_DISCORD_CHANNEL && !env.DISCORD_TOKEN) {
    problems.push('DIGEST_DISCORD_CHANNEL is set but Discord is not configured (DISCORD_TOKEN is missing)');
  }
  if (problems.length || !base.success) throw new ConfigError(problems);
  return { ...base.data, ...(slack ? { slack } : {}), ...(discord ? { discord } : {}) };
}
