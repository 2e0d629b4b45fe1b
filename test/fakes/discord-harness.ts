import type { Advisor } from '../../src/advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { Store } from '../../src/store/store.js';
import { parseDiscordEnv } from '../../adapters/discord/discord-env.js';
import { startDiscordClient, type DiscordHandle } from '../../adapters/discord/start-discord.js';
import type { RestCall, SentMessage } from './discord-rest-call.js';
import { messagePayload, newUser, type FakeGuild, type FakeUser } from './discord-payloads.js';
import { snowflake } from './discord-snowflake.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './fake-discord.js';
import { silentLogger, testAdvisor } from './test-advisor.js';
import type { Logger } from 'pino';

export interface DiscordHarness {
  fake: FakeDiscord;
  discord: DiscordHandle;
  guild: FakeGuild;
  user: FakeUser;
  /** Posts a guild message (mentioning the bot unless `mention: false`) and returns its id. */
  say(content: string, options?: { mention?: boolean; everyone?: boolean; author?: FakeUser; channelId?: string }): string;
  /** Sends a DM from `user` and returns its id. */
  dm(content: string, author?: FakeUser): string;
  /** The bot's reply(ies) to a message id: POSTs whose message_reference points at it. */
  replyTo(messageId: string, timeoutMs?: number): Promise<RestCall & { body: SentMessage }>;
  stop(): Promise<void>;
}

const dmChannels = new Map<string, string>();
/** The DM channel between the bot and `user` (one per user, like Discord). */
export function dmChannelOf(user: FakeUser): string {
  if (!dmChannels.has(user.id)) dmChannels.set(user.id, snowflake());
  return dmChannels.get(user.id)!;
}

/**
 * A fake Discord and the real adapter (real discord.js) talking to it, with a real advisor unless given. `env` adds
 * Discord settings (e.g. DISCORD_MESSAGE_CONTENT); `store` is the inbox's store (and the default advisor's).
 */
export async function startDiscordHarness(
  options: FakeDiscordOptions & { advisor?: Advisor; logger?: Logger; env?: Record<string, string>; store?: Store } = {},
): Promise<DiscordHarness> {
  const fake = await startFakeDiscord(options);
  const store = options.store ?? new MemoryStore();
  const advisor = options.advisor ?? (await testAdvisor({ store })).advisor;
  const env = parseDiscordEnv({ ...fake.env, ...options.env });
  let discord: DiscordHandle;
  try {
    discord = await startDiscordClient({ env, advisor, store, logger: options.logger ?? silentLogger() });
  } catch (err) {
    await fake.close();
    throw err;
  }
  const guild = fake.guilds[0]!;
  const user = newUser('ada');
  return {
    fake, discord, guild, user,
    say(content, o = {}) {
      const text = o.mention === false ? content : `<@${fake.bot.id}> ${content}`;
      const d = messagePayload({
        author: o.author ?? user, content: text, channelId: o.channelId ?? guild.channelId, guildId: guild.id,
        mentions: o.mention === false ? [] : [fake.bot], mentionEveryone: o.everyone ?? false,
      });
      fake.dispatch('MESSAGE_CREATE', d, guild.id);
      return d.id;
    },
    dm(content, author = user) {
      const d = messagePayload({ author, content, channelId: dmChannelOf(author) });
      fake.dispatch('MESSAGE_CREATE', d);
      return d.id;
    },
    replyTo(messageId, timeoutMs = 5000) {
      return fake.waitFor(
        (c) => c.method === 'POST' && c.status < 300 && (c.body as SentMessage | undefined)?.message_reference?.message_id === messageId,
        timeoutMs,
      ) as Promise<RestCall & { body: SentMessage }>;
    },
    async stop() {
      await discord.stop();
      await store.close();
      await fake.close();
    },
  };
}
