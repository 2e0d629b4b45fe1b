import { buttonClick, slashCommand } from './discord-interactions.js';
import { messagePayload, type FakeGuild, type FakeUser } from './discord-payloads.js';
import type { RestCall, SentMessage } from './discord-rest-call.js';
import type { CreatedMessage } from './discord-rest-routes.js';
import type { FakeDiscord } from './fake-discord.js';

/** Where someone acts: a channel, or a thread (or forum post) with its parent. */
export interface Spot {
  channelId: string;
  parentId?: string;
}

/** People in a server talking to each other and to the bot, on a fake Discord: one line a scene. */
export interface DiscordScenes {
  guild: FakeGuild;
  /** A message in a channel or thread; `mention` pings the bot, `replyTo` answers a message (pinging its author). */
  say(author: FakeUser, spot: Spot, content: string, options?: { mention?: boolean; replyTo?: { id: string; author: FakeUser } }): string;
  /** `/ml-start <question>` there (the option left out when empty); returns the interaction. */
  command(user: FakeUser, spot: Spot, question: string): { id: string; token: string };
  /** A click on a button of message `messageId`; `roles` are the clicker's. */
  click(user: FakeUser, spot: Spot, customId: string, messageId: string, roles?: string[]): { id: string; token: string };
  /** Messages the bot created in a channel or thread, in order. */
  postsIn(channelId: string): (CreatedMessage & { body: SentMessage })[];
  /** The bot's requests to start a thread from a message. */
  threadStarts(messageId: string): RestCall[];
}

export function discordScenes(fake: FakeDiscord, guild: FakeGuild = fake.guilds[0]!): DiscordScenes {
  const place = (user: FakeUser, spot: Spot, roles?: string[]) => ({
    user, applicationId: fake.applicationId, guildId: guild.id, channelId: spot.channelId,
    ...(spot.parentId ? { parentId: spot.parentId } : {}), ...(roles ? { roles } : {}),
  });
  return {
    guild,
    say(author, spot, content, options = {}) {
      const mentions = [...(options.mention ? [fake.bot] : []), ...(options.replyTo ? [options.replyTo.author] : [])];
      const d = messagePayload({
        author, content: options.mention ? `<@${fake.bot.id}> ${content}` : content, channelId: spot.channelId, guildId: guild.id,
        mentions, ...(options.replyTo ? { replyTo: options.replyTo.id } : {}),
      });
      fake.dispatch('MESSAGE_CREATE', d, guild.id);
      return d.id;
    },
    command(user, spot, question) {
      const d = slashCommand(place(user, spot), 'ml-start', question ? [{ name: 'question', value: question }] : []);
      fake.dispatch('INTERACTION_CREATE', d, guild.id);
      return d;
    },
    click(user, spot, customId, messageId, roles) {
      const d = buttonClick(place(user, spot, roles), customId, fake.bot, messageId);
      fake.dispatch('INTERACTION_CREATE', d, guild.id);
      return d;
    },
    postsIn: (channelId) => fake.created.filter((m) => m.channelId === channelId) as (CreatedMessage & { body: SentMessage })[],
    threadStarts: (messageId) => fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`/messages/${messageId}/threads`)),
  };
}
