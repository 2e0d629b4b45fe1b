import type { CoreMessage } from '../../src/message.js';

/** The minimum of a discord.js channel we read (a partial DM channel has all of it). */
interface ChannelLike {
  id: string;
  isThread(): boolean;
}

/**
 * Where a Discord message or interaction lives, in core terms: the conversation is the channel (a thread's
 * parent for threads), the thread is the thread or the channel itself, the workspace is the guild.
 */
export function conversationOf(
  channelId: string,
  channel: ChannelLike | null,
  guildId: string | null,
): Pick<CoreMessage, 'conversationId' | 'threadId' | 'workspaceId'> {
  const parentId = channel?.isThread() ? (channel as unknown as { parentId: string | null }).parentId : null;
  return {
    conversationId: parentId ?? channelId,
    threadId: channelId,
    ...(guildId ? { workspaceId: guildId } : {}),
  };
}
