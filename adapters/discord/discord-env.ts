import { z } from 'zod';

const snowflake = (name: string) =>
  z.string({ error: `${name} is required` }).regex(/^\d{17,20}$/, `${name} must be a Discord id (17–20 digits)`);

/** The Discord adapter's settings, read from the environment. The token never appears in a message. */
export const discordEnvSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'DISCORD_TOKEN is required (the bot token from the Developer Portal, Bot tab)' })
    .min(20, 'DISCORD_TOKEN looks too short to be a bot token'),
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID'),
  /** Register the commands in this guild only (instant, for development); global when unset. */
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID').optional(),
  /** REST base; the gateway URL comes from its `/gateway/bot` answer. */
  DISCORD_API_URL: z
    .url({ error: 'DISCORD_API_URL must be a URL such as https://discord.com/api' })
    .default('https://discord.com/api')
    .transform((url) => url.replace(/\/+$/, '')),
  /** Run under ShardingManager with this many shards (one process each). */
  DISCORD_SHARDS: z.coerce
    .number({ error: 'DISCORD_SHARDS must be a whole number of shards' })
    .int('DISCORD_SHARDS must be a whole number of shards')
    .min(1, 'DISCORD_SHARDS must be at least 1')
    .max(1000, 'DISCORD_SHARDS must be at most 1000')
    .optional(),
  /**
   * The privileged Message Content intent, opt-in: needed to read messages that do not mention the bot (channel modes
   * `auto` and `confident`, thread follow-ups). Enable it in the Developer Portal too (docs/discord.md).
   */
  DISCORD_MESSAGE_CONTENT: z
    .enum(['true', 'false'], { error: 'DISCORD_MESSAGE_CONTENT must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  /** The role tagged by "Ask a person" (its id); without it, replies do not offer the hand-off. */
  DISCORD_EXPERTS_ROLE: snowflake('DISCORD_EXPERTS_ROLE').optional(),
});
export type DiscordEnv = z.infer<typeof discordEnvSchema>;


/** Empty strings count as unset, so `DISCORD_GUILD_ID=` in a .env file means "global". */
function dropEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const keys = Object.keys(discordEnvSchema.shape);
  return Object.fromEntries(
    keys.flatMap((key) => (env[key] !== undefined && env[key] !== '' ? [[key, env[key]]] : [])),
  );
}

export class DiscordEnvError extends Error {
  readonly code = 'DISCORD_ENV_INVALID';
  constructor(readonly problems: string[]) {
    super(`Invalid Discord settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DiscordEnvError';
  }
}

/** Parses the environment; throws one DiscordEnvError listing every problem by variable name. */
export function parseDiscordEnv(env: Record<string, string | undefined>): DiscordEnv {
  const parsed = discordEnvSchema.safeParse(dropEmpty(env));
  if (parsed.success) return parsed.data;
  throw new DiscordEnvError(parsed.error.issues.map((issue) => issue.message));
}
