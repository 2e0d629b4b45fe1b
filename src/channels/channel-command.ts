import type { HandleContext } from '../handle.js';
import type { CoreMessage } from '../message.js';
import { userKey } from '../privacy/user-key.js';
import { noticeReply } from '../replies/menu-replies.js';
import type { Reply } from '../reply.js';
import { answersUnmentioned, channelModeSchema, defaultChannelMode, type ChannelMode } from './channel-mode.js';

const DESCRIPTIONS: Record<ChannelMode, string> = {
  mention: 'I answer here only when someone mentions me.',
  auto: 'I answer every new question posted here, in its thread, and follow up in that thread.',
  confident: 'I answer new questions posted here only when I have a confident answer, and stay silent otherwise.',
};

const USAGE = 'Use `/ml-start channel mention`, `/ml-start channel auto` or `/ml-start channel confident`.';

const CHANNEL_COMMAND = /^channel(\s|$)/i;

/** Whether a slash command's text is `/ml-start channel [mode]` (adapters then forget the channel's cached mode). */
export function isChannelCommand(text: string): boolean {
  return CHANNEL_COMMAND.test(text.trim());
}

/**
 * `/ml-start channel [mode]`: with no mode, shows this channel's mode; with one, an admin (`ADMIN_USER_IDS`) sets it
 * in the store, where every replica and shard reads it. A platform that cannot read unmentioned messages refuses the
 * modes that need them, saying why (`settings.channelReading`).
 */
export async function channelCommandReply(message: CoreMessage, argument: string, ctx: HandleContext): Promise<Reply> {
  const channelId = message.conversationId;
  if (!argument) {
    const mode = (await ctx.store.getChannelMode(message.platform, channelId)) ?? defaultChannelMode;
    return noticeReply(`This channel's mode: ${mode}`, `${DESCRIPTIONS[mode]}\n\n${USAGE}`);
  }
  const parsed = channelModeSchema.safeParse(argument.toLowerCase());
  if (!parsed.success) return noticeReply('That is not a channel mode', USAGE);
  const mode = parsed.data;
  if (!ctx.settings.admins.includes(message.userId)) {
    return noticeReply('Only admins can change the channel mode', 'Ask one of the people who run this advisor.');
  }
  const unavailable = ctx.settings.channelReading[message.platform];
  if (answersUnmentioned(mode) && unavailable) return noticeReply(`The ${mode} mode is not available here`, unavailable);
  await ctx.store.setChannelMode({
    platform: message.platform,
    channelId,
    mode,
    setBy: userKey(message.platform, message.userId, ctx.settings.userHashKey),
    at: ctx.clock(),
  });
  return noticeReply(`This channel is now in ${mode} mode`, DESCRIPTIONS[mode]);
}
