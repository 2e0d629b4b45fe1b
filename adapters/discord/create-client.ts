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
 * The discord.js client: no privileged intent (message content comes for mentions and DMs anyway), DM
 * channels as partials (uncached DMs would be dropped otherwise), and no mention ever parsed by default.
 */
export function createClient(env: DiscordEnv, tuning: ClientTuning = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: noMentions,
    rest: { ...tuning.rest, api: env.DISCORD_API_URL },
    ...(tuning.waitGuildTimeout !== undefined ? { waitGuildTimeout: tuning.waitGuildTimeout } : {}),
  });
}
