import { Client, GatewayIntentBits, Partials, type RESTOptions } from 'discord.js';
import type { DiscordEnv } from './discord-env.js';
import { noMentions } from './render-message.js';

export interface ClientTuning {
  /** REST overrides, e.g. `globalRequestsPerSecond` (discord.js defaults to Discord's 50/s). */
  rest?: Partial<RESTOptions>;
  /** Wait this long for GUILD_CREATE after READY (discord.js defaults to 15 s). */
  waitGuildTimeout?: number;
}

/**
 * The gateway intents: `Guilds` (guilds, channels, threads and forum posts: without it guild messages are dropped),
 * `GuildMessages` (messages in channels and threads), `DirectMessages`. Discord gives the content of messages that
 * mention the bot, and of DMs, without more; with DISCORD_MESSAGE_CONTENT the privileged `MessageContent` intent is
 * asked for too, to read the questions nobody addressed to the bot (channel modes `auto`, `confident`, follow-ups).
 */
export function gatewayIntents(env: Pick<DiscordEnv, 'DISCORD_MESSAGE_CONTENT'>): GatewayIntentBits[] {
  return [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
    ...(env.DISCORD_MESSAGE_CONTENT ? [GatewayIntentBits.MessageContent] : []),
  ];
}

/**
 * The discord.js client: the intents above, DM channels as partials (uncached DMs would be dropped otherwise), and
 * no mention ever parsed by default.
 */
export function createClient(env: DiscordEnv, tuning: ClientTuning = {}): Client {
  return new Client({
    intents: gatewayIntents(env),
    partials: [Partials.Channel],
    allowedMentions: noMentions,
    rest: { ...tuning.rest, api: env.DISCORD_API_URL },
    ...(tuning.waitGuildTimeout !== undefined ? { waitGuildTimeout: tuning.waitGuildTimeout } : {}),
  });
}
