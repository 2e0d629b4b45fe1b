import { ChannelType, MessageType, type Message } from 'discord.js';
import { answersUnmentioned } from '../../src/channels/channel-mode.js';
import { readsAsQuestion } from '../../src/channels/reads-as-question.js';
import type { CoreMessage } from '../../src/message.js';
import type { DiscordRoute } from './discord-route.js';
import { guildFields } from './guild-fields.js';
import type { HandlerDeps } from './handler-deps.js';
import type { MessageTurn } from './message-turn.js';
import { threadName } from './thread-name.js';

/** Channels whose new messages a mode can answer, each in a thread started from it. */
const TOP_LEVEL: ReadonlySet<ChannelType> = new Set([ChannelType.GuildText, ChannelType.GuildAnnouncement]);
/** Channels made of posts (each post a thread whose first message has the thread's id). */
const POSTS: ReadonlySet<ChannelType> = new Set([ChannelType.GuildForum, ChannelType.GuildMedia]);
/** Messages people write (not pins, joins, thread notices…); an inline reply counts inside a thread. */
const WRITTEN: ReadonlySet<MessageType> = new Set([MessageType.Default, MessageType.Reply]);

type Place = Pick<CoreMessage, 'conversationId' | 'threadId' | 'workspaceId'>;

/** A post's question: its title, then its text (unless the text repeats the title). */
function postText(title: string, content: string): string {
  const body = content.trim();
  return body.toLowerCase().startsWith(title.trim().toLowerCase()) ? body : [title.trim(), body].filter(Boolean).join('\n\n');
}

/**
 * A message in a thread that does not mention the bot: a `thread` follow-up, answered in the thread, when the bot
 * follows it (`advisor.followsThread`: the asker wrote again); someone else writing there makes it step back for good.
 */
export async function threadFollowUp(message: Message<true>, place: Place, deps: HandlerDeps): Promise<MessageTurn | undefined> {
  const base = { platform: 'discord' as const, userId: message.author.id, ...place };
  if (!WRITTEN.has(message.type) || !(await deps.advisor.followsThread(base))) return undefined;
  return {
    message: { ...base, ...(await guildFields(deps, place)), kind: 'thread', text: message.content },
    route: { channelId: message.channelId, replyTo: message.id },
  };
}

/**
 * What to do with a server message that does not mention the bot (read only with the Message Content intent):
 * - the first message of a forum post whose forum is in `auto`/`confident`: a `channel` question, answered in the post;
 * - another message in a thread the bot follows (`advisor.followsThread`: the asker wrote again): a `thread`
 *   follow-up, answered in the thread; someone else writing there makes the bot step back for good;
 * - a new top-level message in a text channel in `auto`/`confident` that reads as a question: a `channel` question,
 *   answered in a thread started from it (the thread's id is the message's, so `threadId` is the same before and after);
 * - anything else: nothing.
 */
export async function unmentionedTurn(message: Message<true>, place: Place, deps: HandlerDeps): Promise<MessageTurn | undefined> {
  if (!WRITTEN.has(message.type)) return undefined;
  const channel = message.channel;
  const base = { platform: 'discord' as const, userId: message.author.id, ...place };
  const reply: DiscordRoute = { channelId: message.channelId, replyTo: message.id };
  if (channel.isThread()) {
    const parentType = channel.parent?.type;
    if (message.id === channel.id && parentType !== undefined && POSTS.has(parentType)) {
      const fields = await guildFields(deps, place);
      if (!fields.channelMode || !answersUnmentioned(fields.channelMode)) return undefined;
      return { message: { ...base, ...fields, kind: 'channel', text: postText(channel.name, message.content) }, route: reply };
    }
    return threadFollowUp(message, place, deps);
  }
  if (!TOP_LEVEL.has(channel.type) || message.type !== MessageType.Default) return undefined;
  const fields = await guildFields(deps, place);
  if (!fields.channelMode || !answersUnmentioned(fields.channelMode) || !readsAsQuestion(message.content)) return undefined;
  return {
    message: { ...base, ...fields, kind: 'channel', text: message.content, threadId: message.id },
    route: { ...reply, startThread: threadName(message.content) },
  };
}
