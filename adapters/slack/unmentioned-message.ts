import { answersUnmentioned } from '../../src/channels/channel-mode.js';
import { readsAsQuestion } from '../../src/channels/reads-as-question.js';
import type { CoreMessage } from '../../src/message.js';
import type { SlackDeps } from './slack-deps.js';
import type { MessageEvent } from './slack-schemas.js';
import { messageToCore } from './to-core-message.js';

/** Channel types whose messages the bot reads (`message.channels`, `message.groups`); DMs are `im`, group DMs `mpim`. */
const channelTypes = new Set(['channel', 'group']);

/** A `message` event from a public or private channel. */
export function isChannelMessage(event: { type: string; channel_type?: string | undefined }): boolean {
  return event.type === 'message' && channelTypes.has(event.channel_type ?? '');
}

/** Whether the text mentions the bot (`<@UBOT>` or `<@UBOT|name>`): such a message also comes as `app_mention`. */
export function mentionsBot(text: string, botUserId: string): boolean {
  return text.includes(`<@${botUserId}>`) || text.includes(`<@${botUserId}|`);
}

/**
 * The core message for a human's channel message that does not mention the bot, or undefined when the bot stays
 * out of it:
 * - a new top-level message (no `thread_ts`, or `thread_ts === ts`) in an `auto` or `confident` channel that reads
 *   as a question: kind `channel`, answered in the thread it starts;
 * - a reply in a thread the core follows (`advisor.followsThread`, which also notices a colleague taking over):
 *   kind `thread`, answered in that thread.
 * Anything else is chatter, a channel in `mention` mode, or a thread the bot left. A message that mentions the bot
 * is answered through `app_mention`, never twice; without the bot's user id nothing here is answered.
 */
export async function unmentionedToCore(
  deps: Pick<SlackDeps, 'advisor' | 'channelModes'>,
  event: MessageEvent,
  ids: { teamId?: string; botUserId?: string },
): Promise<CoreMessage | undefined> {
  const { botUserId } = ids;
  if (!botUserId || !event.user || mentionsBot(event.text ?? '', botUserId)) return undefined;
  const topLevel = event.thread_ts === undefined || event.thread_ts === event.ts;
  if (topLevel) {
    const channelMode = await deps.channelModes.get(event.channel);
    if (!answersUnmentioned(channelMode)) return undefined;
    const message = messageToCore('channel', { ...event, thread_ts: event.ts }, ids);
    return readsAsQuestion(message.text) ? { ...message, channelMode } : undefined;
  }
  const thread = { platform: 'slack', conversationId: event.channel, threadId: event.thread_ts, userId: event.user } as const;
  if (!(await deps.advisor.followsThread(thread))) return undefined;
  return { ...messageToCore('thread', event, ids), channelMode: await deps.channelModes.get(event.channel) };
}
