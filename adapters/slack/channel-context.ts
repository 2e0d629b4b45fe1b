import type { NewInbound } from '../../src/inbox/inbox-runner.js';
import { slackChannelPostRouteSchema, slackRouteSchema } from './slack-route.js';
import type { SlackDeps } from './slack-deps.js';

/** Slack's DM channel ids start with D; everything else (public and private channels, group DMs) is a channel. */
export function isDirectChannel(channelId: string): boolean {
  return channelId.startsWith('D');
}

/** Whether the reply goes where everyone in the channel sees it: in a thread, or in the channel itself. */
function repliesPublicly(route: Record<string, unknown>): boolean {
  return slackRouteSchema.safeParse(route).success || slackChannelPostRouteSchema.safeParse(route).success;
}

/**
 * Adds what the core needs to know about the channel a recorded message came from: the channel's mode (every
 * message from a channel, mentions, commands and clicks included), and `handoff` when the experts' group is set and
 * the reply is public in a channel, so that its "Ask a person" reaches them in the thread. A reply only its caller
 * sees (`/ml-start`, a click under one) offers no hand-off: a mention in it would notify no one.
 */
export async function withChannelContext(deps: Pick<SlackDeps, 'channelModes' | 'experts'>, item: NewInbound): Promise<NewInbound> {
  const { message } = item;
  if (isDirectChannel(message.conversationId)) return item;
  const channelMode = message.channelMode ?? (await deps.channelModes.get(message.conversationId));
  const handoff = deps.experts !== undefined && repliesPublicly(item.route);
  return { ...item, message: { ...message, channelMode, ...(handoff ? { handoff: true } : {}) } };
}
