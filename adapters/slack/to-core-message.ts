import type { CoreMessage } from '../../src/message.js';
import { cleanIncomingText } from './incoming-text.js';

/** The fields of a Slack message event the adapter reads (app_mention, message.im and channel messages alike). */
export interface SlackMessageFields {
  text?: string;
  user?: string;
  channel: string;
  ts: string;
  thread_ts?: string;
  team?: string;
}

/**
 * A channel mention, a DM, a question posted unasked in a channel or a follow-up in a thread as a core message: the
 * conversation is the channel, the thread is the thread the message belongs to (or the one it starts), so
 * follow-ups in a thread share its context.
 */
export function messageToCore(
  kind: 'mention' | 'dm' | 'channel' | 'thread',
  event: SlackMessageFields,
  ids: { teamId?: string; botUserId?: string },
): CoreMessage {
  const workspaceId = event.team ?? ids.teamId;
  return {
    platform: 'slack',
    kind,
    text: cleanIncomingText(event.text ?? '', ids.botUserId),
    userId: event.user ?? 'unknown',
    conversationId: event.channel,
    threadId: event.thread_ts ?? event.ts,
    ...(workspaceId ? { workspaceId } : {}),
  };
}

/** `/ml-start [question]` as a core message; an empty text asks for the welcome. */
export function commandToCore(command: { text: string; user_id: string; channel_id: string; team_id: string }): CoreMessage {
  return {
    platform: 'slack',
    kind: 'command',
    text: cleanIncomingText(command.text),
    userId: command.user_id,
    conversationId: command.channel_id,
    workspaceId: command.team_id,
  };
}

/** A button click (or form answer) as a core message whose text is the core's action id. */
export function actionToCore(action: {
  actionId: string;
  userId: string;
  channelId: string;
  threadId?: string;
  teamId?: string;
  input?: string;
}): CoreMessage {
  return {
    platform: 'slack',
    kind: 'action',
    text: action.actionId,
    userId: action.userId,
    conversationId: action.channelId,
    ...(action.threadId ? { threadId: action.threadId } : {}),
    ...(action.teamId ? { workspaceId: action.teamId } : {}),
    ...(action.input !== undefined ? { input: action.input } : {}),
  };
}
