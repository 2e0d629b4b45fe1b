import { z } from 'zod';

/** Slack's own Web API, used unless SLACK_API_URL points somewhere else (a proxy, or the fake in tests). */
export const defaultSlackApiUrl = 'https://slack.com/api/';

/** Empty values in a `.env` file mean "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const envObject = z.object({
  SLACK_BOT_TOKEN: z
    .string({ error: 'SLACK_BOT_TOKEN is missing: set it to the Bot User OAuth Token (xoxb-…)' })
    .trim()
    .startsWith('xoxb-', 'SLACK_BOT_TOKEN must start with "xoxb-" (the Bot User OAuth Token, not a user or app token)'),
  SLACK_SIGNING_SECRET: optional(z.string().trim().min(8, 'SLACK_SIGNING_SECRET looks too short')),
  SLACK_APP_TOKEN: optional(
    z.string().trim().startsWith('xapp-', 'SLACK_APP_TOKEN must start with "xapp-" (an app-level token with connections:write)'),
  ),
  SLACK_API_URL: optional(z.url({ error: 'SLACK_API_URL must be an http(s) URL, e.g. https://slack.com/api/' })),
  /** The user group (its id, S…) tagged by "Ask a person"; without it, replies do not offer the hand-off. */
  SLACK_EXPERTS_GROUP: optional(
    z.string().trim().regex(/^S[A-Z0-9]{2,}$/, 'SLACK_EXPERTS_GROUP must be a user group id such as S0123ABCD (not its @handle)'),
  ),
  /** How long a channel's mode is remembered by each process before the store is read again (ms; 0: every message). */
  SLACK_CHANNEL_MODE_CACHE_MS: optional(
    z.coerce
      .number({ error: 'SLACK_CHANNEL_MODE_CACHE_MS must be a number of milliseconds' })
      .int('SLACK_CHANNEL_MODE_CACHE_MS must be a whole number')
      .min(0, 'SLACK_CHANNEL_MODE_CACHE_MS must be 0 or more')
      .max(300_000, 'SLACK_CHANNEL_MODE_CACHE_MS must be at most 300000 (5 minutes)'),
  ),
  PORT: optional(
    z.coerce
      .number({ error: 'PORT must be a number' })
      .int('PORT must be a whole number')
      .min(0, 'PORT must be between 0 and 65535')
      .max(65535, 'PORT must be between 0 and 65535'),
  ),
});

/**
 * The Slack adapter's settings, read from the environment. Socket Mode when SLACK_APP_TOKEN is set, otherwise
 * HTTP mode (which needs SLACK_SIGNING_SECRET) on PORT at `/slack/events`.
 */
export const slackEnvSchema = envObject
  .superRefine((env, ctx) => {
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message:
          'SLACK_SIGNING_SECRET is missing: HTTP mode needs the app\'s signing secret (or set SLACK_APP_TOKEN, xapp-…, for Socket Mode)',
      });
    }
  })
  .transform((env) => ({
    mode: env.SLACK_APP_TOKEN ? ('socket' as const) : ('http' as const),
    botToken: env.SLACK_BOT_TOKEN,
    signingSecret: env.SLACK_SIGNING_SECRET,
    appToken: env.SLACK_APP_TOKEN,
    apiUrl: withTrailingSlash(env.SLACK_API_URL ?? defaultSlackApiUrl),
    expertsGroup: env.SLACK_EXPERTS_GROUP,
    channelModeCacheMs: env.SLACK_CHANNEL_MODE_CACHE_MS ?? 5_000,
    port: env.PORT ?? 3000,
  }));
export type SlackEnv = z.infer<typeof slackEnvSchema>;

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export type SlackEnvResult = { ok: true; env: SlackEnv } | { ok: false; problems: string[] };

/** Parses the environment; on failure, one readable line per problem, each naming its variable. */
export function readSlackEnv(source: Record<string, string | undefined>): SlackEnvResult {
  const parsed = slackEnvSchema.safeParse(source);
  if (parsed.success) return { ok: true, env: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => issue.message) };
}
