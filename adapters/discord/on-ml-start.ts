import type { ChatInputCommandInteraction } from 'discord.js';
import { answerInteraction } from './answer-interaction.js';
import { askCore } from './ask-core.js';
import { isPickedChoice } from './autocomplete-choices.js';
import { QUESTION_OPTION } from './commands.js';
import { conversationOf } from './conversation-of.js';
import { firstSighting, type HandlerDeps } from './handler-deps.js';

/**
 * `/ml-start [question]`: without a question the core answers with the welcome and the topic buttons; with
 * one, the answer. A suggestion picked from autocomplete is sent as that topic's or entry's action.
 */
export async function onMlStart(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  if (!(await firstSighting(deps, 'interaction', interaction.id))) return;
  const question = interaction.options.getString(QUESTION_OPTION)?.trim() ?? '';
  const picked = isPickedChoice(deps.advisor.index, question);
  const answer = askCore(deps, {
    platform: 'discord',
    kind: picked ? 'action' : 'command',
    text: question,
    userId: interaction.user.id,
    ...conversationOf(interaction.channelId, interaction.channel, interaction.guildId),
  });
  await answerInteraction(interaction, answer, deps);
}
