import { isChannelCommand } from '../../src/channels/channel-command.js';
import { markResolvedAction } from '../../src/channels/hand-off.js';
import type { CoreMessage } from '../../src/message.js';
import type { Reply } from '../../src/reply.js';
import { askCore } from './ask-core.js';
import type { SlackDeps } from './slack-deps.js';

/**
 * The core's answer to a recorded Slack message, with what only Slack can tell at answer time (after the ack, so a
 * slow Web API never delays it): whether the person clicking "Mark resolved" is one of the experts. After
 * `/ml-start channel …` this process forgets the channel's cached mode, so a mode set here applies at once.
 */
export async function answerInSlack(deps: Pick<SlackDeps, 'advisor' | 'logger' | 'channelModes' | 'experts'>, message: CoreMessage): Promise<Reply> {
  const resolving = message.kind === 'action' && message.text === markResolvedAction.id;
  const expert = resolving && deps.experts ? await deps.experts.has(message.userId) : undefined;
  const reply = await askCore(deps, expert === undefined ? message : { ...message, expert });
  if (message.kind === 'command' && isChannelCommand(message.text)) deps.channelModes.forget(message.conversationId);
  return reply;
}
