import type { MessageContextMenuCommandInteraction } from 'discord.js';
import { answerInteraction } from './answer-interaction.js';
import { firstSighting, type HandlerDeps } from './handler-deps.js';
import { interactionPlace } from './interaction-place.js';
import { noMentions } from './render-message.js';

/** The "Ask ML Advisor" message command: the selected message's text is the question. */
export async function onContextMenu(interaction: MessageContextMenuCommandInteraction, deps: HandlerDeps): Promise<void> {
  const text = interaction.targetMessage.content.trim();
  if (!text) {
    if (!(await firstSighting(deps, 'interaction', interaction.id))) return;
    await interaction.reply({
      content: 'That message has no text I can read. Pick a message with a question in it.',
      flags: 'Ephemeral',
      allowedMentions: noMentions,
    });
    return;
  }
  await answerInteraction(interaction, { ...interactionPlace(interaction, deps), kind: 'command', text }, deps);
}
