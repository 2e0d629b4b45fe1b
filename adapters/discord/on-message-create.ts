import type { Message } from 'discord.js';
import { askCore } from './ask-core.js';
import { conversationOf } from './conversation-of.js';
import { firstSighting, type HandlerDeps } from './handler-deps.js';
import { stripMention } from './strip-mention.js';

/** Only a real mention of the bot counts: not `@everyone`/`@here`, not a role, not a reply ping. */
const MENTION_RULES = { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true } as const;

/**
 * A guild message that mentions the bot, or any direct message: ask the core, reply to that message.
 * Bots (including this one), webhooks and system messages are ignored; a replayed message is answered once.
 */
export async function onMessageCreate(message: Message, deps: HandlerDeps): Promise<void> {
  if (message.author.bot || message.webhookId || message.system) return;
  const me = message.client.user;
  const inGuild = message.inGuild();
  if (inGuild && !message.mentions.has(me, MENTION_RULES)) return;
  if (!(await firstSighting(deps, 'message', message.id))) return;

  const parts = await askCore(deps, {
    platform: 'discord',
    kind: inGuild ? 'mention' : 'dm',
    text: stripMention(message.content, me.id),
    userId: message.author.id,
    ...conversationOf(message.channelId, message.channel, message.guildId),
  });
  const [first, ...rest] = parts;
  if (!first) return;
  await message.reply(first);
  for (const part of rest) {
    if (message.channel.isSendable()) await message.channel.send(part);
  }
}
