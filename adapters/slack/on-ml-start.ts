import { askCore } from './ask-core.js';
import { originOf, respondEphemeral, type Respond } from './ephemeral-reply.js';
import type { SlackDeps } from './slack-deps.js';
import { commandToCore } from './to-core-message.js';

export const mlStartCommand = '/ml-start';

export interface CommandArgs {
  command: { text: string; user_id: string; channel_id: string; team_id: string };
  ack: () => Promise<void>;
  respond: Respond;
}

/**
 * `/ml-start [question]`: acked at once (Slack gives 3 s), then answered through `respond()` to the caller only;
 * no text brings the welcome with the topics. `respond()` works where the bot is not a channel member.
 */
export function onMlStart(deps: SlackDeps) {
  return async ({ command, ack, respond }: CommandArgs): Promise<void> => {
    await ack();
    try {
      const message = commandToCore(command);
      const reply = await askCore(deps, message);
      await respondEphemeral(respond, reply, originOf(message, reply), false);
    } catch (err) {
      deps.logger.error({ err }, 'answering /ml-start failed');
    }
  };
}
