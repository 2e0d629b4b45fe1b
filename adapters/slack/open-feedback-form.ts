import { actionPrefixes } from '../../src/action-ids.js';
import type { ClickContext } from './click-context.js';
import { feedbackModal } from './feedback-modal.js';
import type { SlackClient, SlackDeps } from './slack-deps.js';

/**
 * 👎 opens the "what did you miss?" form at once (a `trigger_id` lives 3 s, so this cannot wait for the inbox);
 * the vote itself was recorded before the ack and is answered through the inbox like any click.
 */
export async function openFeedbackForm(deps: Pick<SlackDeps, 'logger'>, click: ClickContext, client: SlackClient): Promise<void> {
  const entryId = click.value.slice(actionPrefixes.feedbackDown.length);
  if (!click.value.startsWith(actionPrefixes.feedbackDown) || !click.triggerId || !entryId) return;
  const meta = { entryId, channelId: click.channelId, threadId: click.threadId, teamId: click.teamId };
  try {
    await client.views.open({ trigger_id: click.triggerId, view: feedbackModal(meta) });
  } catch (err) {
    deps.logger.warn({ err }, 'could not open the feedback form');
  }
}
