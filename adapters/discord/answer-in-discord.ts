import type { Logger } from 'pino';
import type { Advisor } from '../../src/advisor.js';
import { isChannelCommand } from '../../src/channels/channel-command.js';
import type { CoreMessage } from '../../src/message.js';
import { answerOrApologise } from '../../src/replies/answer-or-apologise.js';
import type { Reply } from '../../src/reply.js';
import type { ChannelModeCache } from '../channels/channel-mode-cache.js';

/**
 * The core's answer to a recorded Discord message, as the inbox asks for it. After `/ml-start channel …` this
 * process forgets the channel's cached mode as soon as the core has set it, before the reply goes out: the command
 * read the old mode on its way in, and a message that arrives while the reply is still on its way must already
 * see the new one.
 */
export async function answerInDiscord(
  deps: { advisor: Pick<Advisor, 'handle'>; logger: Logger; channelModes: Pick<ChannelModeCache, 'forget'> },
  message: CoreMessage,
): Promise<Reply> {
  const reply = await answerOrApologise(deps, message);
  if (message.kind === 'command' && isChannelCommand(message.text)) deps.channelModes.forget(message.conversationId);
  return reply;
}
