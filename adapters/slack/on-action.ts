import { askCore } from './ask-core.js';
import { readClick } from './click-context.js';
import { inboundFromClick } from './inbound-click.js';
import { originOf, postToChannelActionId, respondEphemeral, type Respond } from './ephemeral-reply.js';
import { openFeedbackForm } from './open-feedback-form.js';
import { thanksText } from './vote-thanks.js';
import { postMessages } from './post-reply.js';
import { renderReply } from './render-blocks.js';
import type { SlackClient, SlackDeps } from './slack-deps.js';
import { actionToCore } from './to-core-message.js';

export interface ActionArgs {
  ack: () => Promise<void>;
  body: unknown;
  action: unknown;
  respond: Respond;
  client: SlackClient;
}

/**
 * A click on one of our buttons (`action_id` starting `mla:`): acked at once, then sent to the core as an
 * `action` message. Under an ephemeral reply the answer replaces it; elsewhere it goes in the thread; "Post to
 * channel" posts it in the channel; a 👍/👎 vote's thanks replace its buttons (👎 first opens the form). A click
 * was recorded in the inbox before the ack (`inboundFromClick`), and the inbox answers it.
 */
export function onAction(deps: SlackDeps) {
  return async ({ ack, body, action, respond, client }: ActionArgs): Promise<void> => {
    await ack();
    try {
      const click = readClick(deps, body, action);
      if (!click) return;
      await openFeedbackForm(deps, click, client);
      const recordable = inboundFromClick(deps, body, deps.clock());
      if (recordable) {
        const item = deps.recorded.take(recordable.key);
        if (item) await deps.inbox.deliver(item);
        else deps.logger.debug('click not recorded by this delivery; ignored');
        return;
      }
      if (click.actionId === postToChannelActionId) return deps.logger.warn('ignoring "Post to channel" without an ephemeral reply to replace');
      const message = actionToCore({ ...click, actionId: click.value });
      const reply = await askCore(deps, message);
      // A vote that could not be recorded (no message to edit, no response_url) still counts; the thanks go to the caller.
      if (/^feedback:(up|down):/.test(click.value)) return void (await respond({ response_type: 'ephemeral', replace_original: false, text: thanksText(reply) }));
      if (click.ephemeral) await respondEphemeral(respond, reply, originOf(message, reply), true);
      else await postMessages(client, click.channelId, click.threadId, renderReply(reply));
    } catch (err) {
      deps.logger.error({ err }, 'handling a Slack button click failed');
    }
  };
}
