import type { App } from '@slack/bolt';
import type { InFlight } from './in-flight.js';
import { onAction } from './on-action.js';
import { onAppHomeOpened } from './on-app-home-opened.js';
import { onAppMention } from './on-app-mention.js';
import { onChannelMessage } from './on-channel-message.js';
import { onDirectMessage } from './on-direct-message.js';
import { feedbackCallbackId } from './feedback-modal.js';
import { onFeedbackForm } from './on-feedback-form.js';
import { mlStartCommand, onMlStart } from './on-ml-start.js';
import { actionPrefix } from './render-blocks.js';
import type { SlackDeps } from './slack-deps.js';

/** The part of Bolt's `App` that registration uses (a recorder in the manifest test). */
export type ListenerRegistry = Pick<App, 'event' | 'message' | 'command' | 'action' | 'view' | 'error'>;

/**
 * Wires Slack's events, the command, buttons and the form to their handlers. Registration only: each handler
 * lives in its own file. `app.message` serves `message.im`, `message.channels` and `message.groups` (Bolt refuses
 * `app.event('message.im')`); each message listener keeps to its own channel type.
 */
export function registerListeners(app: ListenerRegistry, deps: SlackDeps, inFlight: InFlight): void {
  app.event('app_mention', inFlight.wrap(onAppMention(deps)));
  app.message(inFlight.wrap(onDirectMessage(deps)));
  app.message(inFlight.wrap(onChannelMessage(deps)));
  app.event('app_home_opened', inFlight.wrap(onAppHomeOpened(deps)));
  app.command(mlStartCommand, inFlight.wrap(onMlStart(deps)));
  app.action({ type: 'block_actions', action_id: new RegExp(`^${actionPrefix}`) }, inFlight.wrap(onAction(deps)));
  app.view(feedbackCallbackId, inFlight.wrap(onFeedbackForm(deps)));
  app.error(async (err) => {
    deps.logger.error({ err }, 'Slack listener error');
  });
}
