import type { ButtonInteraction } from 'discord.js';
import { answerInteraction } from './answer-interaction.js';
import { askCore } from './ask-core.js';
import { conversationOf } from './conversation-of.js';
import { FEEDBACK_DOWN_PREFIX, feedbackModal } from './feedback-modal.js';
import { firstSighting, type HandlerDeps } from './handler-deps.js';

/**
 * A button: its custom id is the core action id. 👎 opens the "what did you miss?" form first (a modal must be
 * the first answer) and records the vote with the core; other buttons get the core's reply through the inbox
 * (see `answerInteraction`), private for feedback acknowledgements.
 */
export async function onButton(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const action = interaction.customId;
  const message = {
    platform: 'discord' as const,
    kind: 'action' as const,
    text: action,
    userId: interaction.user.id,
    ...conversationOf(interaction.channelId, interaction.channel, interaction.guildId),
  };
  if (action.startsWith(FEEDBACK_DOWN_PREFIX)) {
    if (!(await firstSighting(deps, 'interaction', interaction.id))) return;
    await interaction.showModal(feedbackModal(action.slice(FEEDBACK_DOWN_PREFIX.length)));
    await askCore(deps, message);
    return;
  }
  await answerInteraction(interaction, message, deps, { ephemeral: action.startsWith('feedback:') });
}
