import type { ModalSubmitInteraction } from 'discord.js';
import { answerInteraction } from './answer-interaction.js';
import { conversationOf } from './conversation-of.js';
import { COMMENT_FIELD } from './feedback-modal.js';
import type { HandlerDeps } from './handler-deps.js';

/** The 👎 form's answer goes to the core as the action `feedback:comment:<entryId>` with the text as `input`. */
export async function onFeedbackModal(interaction: ModalSubmitInteraction, deps: HandlerDeps): Promise<void> {
  const input = interaction.fields.getTextInputValue(COMMENT_FIELD).trim();
  await answerInteraction(interaction, {
    platform: 'discord',
    kind: 'action',
    text: interaction.customId,
    input,
    userId: interaction.user.id,
    ...conversationOf(interaction.channelId ?? interaction.user.id, interaction.channel, interaction.guildId),
  }, deps, { ephemeral: true });
}
