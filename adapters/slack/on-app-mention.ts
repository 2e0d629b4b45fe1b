import { answerableEvent, answerMessage, type EventArgs } from './answer-message.js';
import type { SlackDeps } from './slack-deps.js';

/** `app_mention` in a channel: the answer goes in the thread (`thread_ts ?? ts`). */
export function onAppMention(deps: SlackDeps) {
  return async (args: EventArgs): Promise<void> => {
    try {
      const event = answerableEvent(deps, args.event);
      // A mention inside a DM also arrives as `message.im`, which answers it.
      if (!event || event.channel.startsWith('D')) return;
      await answerMessage(deps, args);
    } catch (err) {
      deps.logger.error({ err }, 'answering a Slack mention failed');
    }
  };
}
