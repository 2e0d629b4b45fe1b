import { actionPrefixes } from '../../src/action-ids.js';
import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';

export const COMMENT_FIELD = 'comment';

/** The 👎 form: its custom id is the core action id the answer is sent back with. */
export function feedbackModal(entryId: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(`${actionPrefixes.feedbackComment}${entryId}`.slice(0, 100))
    .setTitle('What did you miss?')
    .addLabelComponents(
      new LabelBuilder()
        .setLabel('What were you looking for?')
        .setDescription('Optional: it helps us improve the answers.')
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(COMMENT_FIELD)
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(false)
            .setMaxLength(1000),
        ),
    );
}
