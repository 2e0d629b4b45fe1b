import type { Message } from 'discord.js';
import { conversationOf } from './conversation-of.js';
import type { DiscordRoute } from './discord-route.js';
import type { HandlerDeps } from './handler-deps.js';
import { stripMention } from './strip-mention.js';

/** Inbox keys of channel messages (mentions and DMs), as a catch-up looks them up. */
export const MESSAGE_KEY_PREFIX = 'discord:message:';

/** Only a real mention of the bot counts: not `@everyone`/`@here`, not a role, not a reply ping. */
const MENTION_RULES = { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true } as const;

/**
 * A guild message that mentions the bot, or any direct message: recorded in the inbox first (the gateway has no
 * ack, so this is the first thing after), then answered through it as a reply to that message. Bots (including
 * this one), webhooks and system messages are ignored; a replayed message finds its record and stops. A message
 * found by a catch-up (`backlog`) is recorded for the inbox's backlog lane, which answers it beside live ones.
 */
export async function onMessageCreate(message: Message, deps: HandlerDeps, options: { backlog?: boolean } = {}): Promise<void> {
  if (message.author.bot || message.webhookId || message.system) return;
  const me = message.client.user;
  const inGuild = message.inGuild();
  if (inGuild && !message.mentions.has(me, MENTION_RULES)) return;
  const route: DiscordRoute = { channelId: message.channelId, replyTo: message.id };
  const item = await deps.inbox.record({
    key: `${MESSAGE_KEY_PREFIX}${message.id}`,
    platform: 'discord',
    message: {
      platform: 'discord',
      kind: inGuild ? 'mention' : 'dm',
      text: stripMention(message.content, me.id),
      userId: message.author.id,
      ...conversationOf(message.channelId, message.channel, message.guildId),
    },
    route,
    receivedAt: deps.clock(),
  }, options);
  if (item && !options.backlog) await deps.inbox.deliver(item);
}
