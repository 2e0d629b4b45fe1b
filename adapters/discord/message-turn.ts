import type { Message } from 'discord.js';
import type { CoreMessage } from '../../src/message.js';
import { conversationOf } from './conversation-of.js';
import type { DiscordRoute } from './discord-route.js';
import { guildFields } from './guild-fields.js';
import type { HandlerDeps } from './handler-deps.js';
import { stripMention } from './strip-mention.js';
import { threadFollowUp, unmentionedTurn } from './unmentioned-turn.js';

/** A message that owes a reply: what the core is asked, and where the reply goes. */
export interface MessageTurn {
  message: CoreMessage;
  route: DiscordRoute;
}

/** Only a real mention of the bot counts: not `@everyone`/`@here`, not a role, not a reply ping. */
const MENTION_RULES = { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true } as const;

/**
 * Whether a person's message owes a reply, and as what: a DM always; a server message that mentions the bot as a
 * `mention` (as a reply to it, in its channel or thread); one that does not, with the Message Content intent as
 * `unmentionedTurn` decides, and without it only a reply pinging the bot in a thread it follows (`threadFollowUp`). Server messages carry their channel's mode and the hand-off flag.
 */
export async function messageTurn(message: Message, deps: HandlerDeps): Promise<MessageTurn | undefined> {
  const place = conversationOf(message.channelId, message.channel, message.guildId);
  const route: DiscordRoute = { channelId: message.channelId, replyTo: message.id };
  const base = { platform: 'discord' as const, userId: message.author.id, ...place };
  const me = message.client.user;
  const text = stripMention(message.content, me.id);
  if (!message.inGuild()) return { message: { ...base, kind: 'dm', text }, route };
  if (message.mentions.has(me, MENTION_RULES)) {
    return { message: { ...base, ...(await guildFields(deps, place)), kind: 'mention', text }, route };
  }
  if (deps.features.messageContent) return unmentionedTurn(message, place, deps);
  // Without the intent Discord still gives the text of a reply that pings the bot: in a thread it follows, a follow-up.
  if (message.channel.isThread() && message.mentions.users.has(me.id)) return threadFollowUp(message, place, deps);
  return undefined;
}
