import { answerableEvent, answerMessage, type EventArgs } from './answer-message.js';
import type { SlackDeps } from './slack-deps.js';

/**
 * `message.im` (Bolt delivers it as a `message` event): Q&A in the DM, answered in the message's thread so that
 * each DM thread keeps its own context. Channel messages are `on-channel-message.ts`'s.
 */
export function onDirectMessage(deps: SlackDeps) {
  return async (args: EventArgs): Promise<void> => {
    try {
      const event = answerableEvent(deps, args.event);
      if (!event || event.channel_type !== 'im') return;
      await answerMessage(deps, args);
    } catch (err) {
      deps.logger.error({ err }, 'answering a Slack direct message failed');
    }
  };
}
