import type { ButtonInteraction } from 'discord.js';
import { actionPrefixes } from '../../src/action-ids.js';
import { answerInChannel } from './answer-in-channel.js';
import { answerInteraction } from './answer-interaction.js';
import { feedbackModal } from './feedback-modal.js';
import { channelModeField } from './guild-fields.js';
import type { DiscordNoReplyRoute } from './discord-route.js';
import type { HandlerDeps } from './handler-deps.js';
import { hasRole } from './has-role.js';
import { interactionPlace } from './interaction-place.js';

/**
 * A button: its custom id is the core action id. 👎 is recorded in the inbox, answered with the "what did you
 * miss?" form (a modal must be the first answer), and the inbox takes the vote to the core; the hand-off buttons
 * are answered with a public message in the thread (see `answerInChannel`), which for "Ask a person" pings the
 * experts; other buttons get the core's reply through the inbox (see `answerInteraction`), private for feedback
 * acknowledgements and "Me too". In a server with an experts role, the click says whether the clicker has it.
 */
export async function onButton(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const action = interaction.customId;
  const role = deps.features.expertsRole;
  const message = {
    ...interactionPlace(interaction, deps),
    kind: 'action' as const,
    text: action,
    ...(role && interaction.inGuild() ? { expert: hasRole(interaction.member, role) } : {}),
  };
  if (action.startsWith(actionPrefixes.feedbackDown)) {
    // The vote is recorded first, so it survives a crash; the form is the interaction's answer (it must come first).
    const mode = channelModeField(deps, message);
    const route: DiscordNoReplyRoute = { noReply: true };
    const item = await deps.inbox.record({ key: `discord:interaction:${interaction.id}`, platform: 'discord', message, route, receivedAt: deps.clock() });
    if (!item) return;
    await interaction.showModal(feedbackModal(action.slice(actionPrefixes.feedbackDown.length)));
    await deps.inbox.deliver({ ...item, message: { ...item.message, ...(await mode) } });
    return;
  }
  if (action.startsWith(actionPrefixes.handOff)) return answerInChannel(interaction, message, deps);
  // Votes and "Me too" are thanked to the clicker alone.
  await answerInteraction(interaction, message, deps, { ephemeral: action.startsWith(actionPrefixes.feedback) || action.startsWith(actionPrefixes.gap) });
}
