import { Events, type Client, type Interaction } from 'discord.js';
import { setTimeout } from 'node:timers/promises';
import { actionPrefixes } from '../../src/action-ids.js';
import { catchUp } from './catch-up.js';
import { ASK_ML_ADVISOR, ML_START } from './commands.js';
import type { HandlerDeps } from './handler-deps.js';
import { onAutocomplete } from './on-autocomplete.js';
import { onButton } from './on-button.js';
import { onContextMenu } from './on-context-menu.js';
import { onFeedbackModal } from './on-feedback-modal.js';
import { onMessageCreate } from './on-message-create.js';
import { onMlStart } from './on-ml-start.js';

/** Picks the handler for an interaction; unknown ones are ignored (commands of an older deploy, say). */
function routeInteraction(interaction: Interaction, deps: HandlerDeps): Promise<void> | undefined {
  if (interaction.isAutocomplete()) return onAutocomplete(interaction, deps);
  if (interaction.isChatInputCommand() && interaction.commandName === ML_START) return onMlStart(interaction, deps);
  if (interaction.isMessageContextMenuCommand() && interaction.commandName === ASK_ML_ADVISOR) {
    return onContextMenu(interaction, deps);
  }
  if (interaction.isButton()) return onButton(interaction, deps);
  if (interaction.isModalSubmit() && interaction.customId.startsWith(actionPrefixes.feedbackComment)) {
    return onFeedbackModal(interaction, deps);
  }
  return undefined;
}

/**
 * Wires the handlers to the client's events. This is the adapter boundary: any error a handler lets out
 * (a failed REST call, an expired interaction) is logged once as `{ err }` and never crashes the process.
 */
export function registerHandlers(client: Client, deps: HandlerDeps): void {
  const guard = (event: string, run: () => Promise<void> | undefined): void => {
    void Promise.resolve()
      .then(run)
      .catch((err: unknown) => deps.logger.error({ err, event }, 'discord handler failed'));
  };
  client.on(Events.MessageCreate, (message) => guard('messageCreate', () => onMessageCreate(message, deps)));
  client.on(Events.InteractionCreate, (interaction) =>
    guard(`interaction:${interaction.type}`, () => routeInteraction(interaction, deps)),
  );
  client.on(Events.Error, (err) => deps.logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (warning) => deps.logger.warn({ warning }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    deps.logger.warn({ code: event.code, shardId }, 'discord gateway disconnected'),
  );
  client.on(Events.ShardReady, (shardId) =>
    guard('catchUp', async () => {
      if (deps.catchUp.delayMs) await setTimeout(deps.catchUp.delayMs, undefined, { ref: false });
      if (!client.isReady()) return;
      const report = await catchUp(client, deps, shardId, deps.catchUp);
      deps.logger.info({ shardId, ...report }, 'discord catch-up after a new session');
    }),
  );
  client.on(Events.ShardResume, (shardId, replayed) =>
    deps.logger.info({ shardId, replayed }, 'discord gateway resumed'),
  );
}
