import { renderPlainText } from '../../src/render/plain-text.js';
import type { Reply } from '../../src/reply.js';
import { askCore } from './ask-core.js';
import type { ClickContext } from './click-context.js';
import type { Respond } from './ephemeral-reply.js';
import { feedbackModal } from './feedback-modal.js';
import { feedbackBlockId, type KnownBlock } from './render-blocks.js';
import type { SlackClient, SlackDeps } from './slack-deps.js';
import { escapeMrkdwn } from './slack-mrkdwn.js';
import { truncate } from './split-text.js';
import { actionToCore } from './to-core-message.js';

function thanksText(reply: Reply): string {
  return truncate(escapeMrkdwn(renderPlainText(reply)), 300) || 'Thanks for the feedback.';
}

/**
 * 👍/👎: the vote goes to the core; 👎 first opens the "what did you miss?" form (a `trigger_id` lives 3 s).
 * The buttons are then replaced by the core's thanks, so a message can't be voted on twice by accident.
 */
export async function onFeedbackVote(
  deps: SlackDeps,
  click: ClickContext,
  tools: { client: SlackClient; respond: Respond },
): Promise<void> {
  const entryId = click.value.split(':').slice(2).join(':');
  if (click.value.startsWith('feedback:down:') && click.triggerId && entryId) {
    const meta = { entryId, channelId: click.channelId, threadId: click.threadId, teamId: click.teamId };
    try {
      await tools.client.views.open({ trigger_id: click.triggerId, view: feedbackModal(meta) });
    } catch (err) {
      deps.logger.warn({ err }, 'could not open the feedback form');
    }
  }
  const reply = await askCore(deps, actionToCore({ ...click, actionId: click.value }));
  const thanks = thanksText(reply);
  if (click.ephemeral || !click.messageTs || !click.blocks) {
    await tools.respond({ response_type: 'ephemeral', replace_original: false, text: thanks });
    return;
  }
  const blocks = click.blocks.map((block) =>
    block.block_id === feedbackBlockId ? { type: 'context', elements: [{ type: 'mrkdwn', text: thanks }] } : block,
  ) as unknown as KnownBlock[];
  await tools.client.chat.update({ channel: click.channelId, ts: click.messageTs, text: click.messageText ?? thanks, blocks });
}
