import { answerableEvent, answerMessage, type EventArgs } from './answer-message.js';
import type { SlackDeps } from './slack-deps.js';
import { isChannelMessage } from './unmentioned-message.js';

/**
 * `message.channels` and `message.groups` (Bolt delivers both as `message` events): a question posted unasked in a
 * channel in `auto` or `confident` mode, or a follow-up in a thread the bot follows. The gate before the ack chose
 * and recorded it (`unmentioned-message.ts`); this answers it in its thread through the inbox.
 */
export function onChannelMessage(deps: SlackDeps) {
  return async (args: EventArgs): Promise<void> => {
    try {
      const event = answerableEvent(deps, args.event);
      if (!event || !isChannelMessage(event)) return;
      await answerMessage(deps, args);
    } catch (err) {
      deps.logger.error({ err }, 'answering a Slack channel message failed');
    }
  };
}
