import { askCore } from './ask-core.js';
import { originOf, respondEphemeral, type Respond } from './ephemeral-reply.js';
import type { SlackDeps } from './slack-deps.js';
import { commandToCore } from './to-core-message.js';

export const mlStartCommand = '/ml-start';

/** The inbox key of one `/ml-start` invocation: its `trigger_id` is unique to it. */
export function commandKey(triggerId: string): string {
  return `slack:command:${triggerId}`;
}

export interface CommandArgs {
  command: { text: string; user_id: string; channel_id: string; team_id: string; trigger_id?: string };
  ack: () => Promise<void>;
  respond: Respond;
}

/**
 * `/ml-start [question]`: acked at once (Slack gives 3 s), then answered to the caller only through the
 * `response_url`; no text brings the welcome with the topics. The request was recorded in the inbox before the
 * ack (see `start-slack.ts`), so the inbox answers it, retries it and recovers it after a crash. A request that
 * was not recorded here (no `trigger_id`) is answered directly through `respond()`.
 */
export function onMlStart(deps: SlackDeps) {
  return async ({ command, ack, respond }: CommandArgs): Promise<void> => {
    await ack();
    try {
      if (command.trigger_id) {
        const item = deps.recorded.take(commandKey(command.trigger_id));
        if (item) await deps.inbox.deliver(item);
        else deps.logger.debug('command not recorded by this delivery; ignored');
        return;
      }
      const message = commandToCore(command);
      const reply = await askCore(deps, message);
      await respondEphemeral(respond, reply, originOf(message, reply), false);
    } catch (err) {
      deps.logger.error({ err }, 'answering /ml-start failed');
    }
  };
}
