import type { ModalSubmitInteraction } from 'discord.js';
import { answerInteraction } from './answer-interaction.js';
import { COMMENT_FIELD } from './feedback-modal.js';
import type { HandlerDeps } from './handler-deps.js';
import { interactionPlace } from './interaction-place.js';

/** The 👎 form's answer goes to the core as the action `feedback:comment:<entryId>` with the text as `input`. */
export async function onFeedbackModal(interaction: ModalSubmitInteraction, deps: HandlerDeps): Promise<void> {
  const input = interaction.fields.getTextInputValue(COMMENT_FIELD).trim();
  const place = interactionPlace(interaction, deps);
  await answerInteraction(interaction, { ...place, kind: 'action', text: interaction.customId, input }, deps, { ephemeral: true });
}
