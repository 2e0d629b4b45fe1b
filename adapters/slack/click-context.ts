import type { SlackDeps } from './slack-deps.js';
import { blockActionsSchema, buttonActionSchema } from './slack-schemas.js';

/** Where a button was clicked and by whom, read from a `block_actions` payload. */
export interface ClickContext {
  /** The core action id carried in the button's `value`. */
  value: string;
  actionId: string;
  userId: string;
  teamId?: string;
  channelId: string;
  /** An ephemeral message (from `/ml-start`): answered through `respond()`, its blocks are not sent back. */
  ephemeral: boolean;
  /** The clicked message and the thread it lives in (for a top-level message, the thread it starts). */
  messageTs?: string;
  threadId?: string;
  messageText?: string;
  blocks?: Record<string, unknown>[];
  triggerId?: string;
}

/** Reads a click, or undefined (with a warning) when the payload is not one we understand. */
export function readClick(deps: Pick<SlackDeps, 'logger'>, body: unknown, action: unknown): ClickContext | undefined {
  const parsedBody = blockActionsSchema.safeParse(body);
  const parsedAction = buttonActionSchema.safeParse(action);
  const channelId = parsedBody.success
    ? (parsedBody.data.channel?.id ?? parsedBody.data.container?.channel_id)
    : undefined;
  if (!parsedBody.success || !parsedAction.success || !channelId) {
    deps.logger.warn('ignoring a Slack button click without a channel or value');
    return undefined;
  }
  const { user, team, container, message, trigger_id } = parsedBody.data;
  const ephemeral = container?.is_ephemeral === true || !message;
  const messageTs = message?.ts ?? container?.message_ts;
  return {
    value: parsedAction.data.value,
    actionId: parsedAction.data.action_id,
    userId: user.id,
    ...(team?.id ? { teamId: team.id } : {}),
    channelId,
    ephemeral,
    ...(messageTs ? { messageTs } : {}),
    ...(!ephemeral ? { threadId: message?.thread_ts ?? container?.thread_ts ?? messageTs } : {}),
    ...(message?.text !== undefined ? { messageText: message.text } : {}),
    ...(message?.blocks ? { blocks: message.blocks } : {}),
    ...(trigger_id ? { triggerId: trigger_id } : {}),
  };
}
