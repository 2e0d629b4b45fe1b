import type { GapNoticeSend } from '../../src/learning/closed-gaps.js';
import { postMessages } from './post-reply.js';
import { renderReply, slackLimits, type KnownBlock } from './render-blocks.js';
import type { SlackClient } from './slack-deps.js';

/** A Slack user id, as a mention may name it (anything else is not written into a message). */
const userIdPattern = /^[UW][A-Z0-9]{2,}$/;

/**
 * Posts a gap notice where the person clicked "Me too, tell me when answered" (the thread, or the DM), tagging them:
 * they asked to be told, so this is the one message that mentions them. Other text stays escaped as in every reply.
 */
export function slackGapNoticeSender(client: SlackClient): GapNoticeSend {
  return async (route, reply) => {
    const messages = renderReply(reply);
    const first = messages[0];
    if (first && userIdPattern.test(route.userId)) {
      const mention = `<@${route.userId}>`;
      // The mention block goes first unless the message already holds Slack's 50 blocks; the text always has it.
      const blocks = first.blocks.length < slackLimits.blocksPerMessage
        ? [{ type: 'section', text: { type: 'mrkdwn', text: mention } } as KnownBlock, ...first.blocks]
        : first.blocks;
      messages[0] = { ...first, text: `${mention} ${first.text}`, blocks };
    }
    await postMessages(client, route.conversationId, route.threadId, messages);
  };
}
