import type { ChatInputCommandInteraction } from 'discord.js';
import { answerInteraction } from './answer-interaction.js';
import { isPickedChoice } from './autocomplete-choices.js';
import { QUESTION_OPTION } from './commands.js';
import { conversationOf } from './conversation-of.js';
import type { HandlerDeps } from './handler-deps.js';

/**
 * `/ml-start [question]`: without a question the core answers with the welcome and the topic buttons; with
 * one, the answer. A suggestion picked from autocomplete is sent as that topic's or entry's action.
 */
export async function onMlStart(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const question = interaction.options.getString(QUESTION_OPTION)?.trim() ?? '';
  const picked = isPickedChoice(deps.advisor.index, question);
  await answerInteraction(interaction, {
    platform: 'discord',
    kind: picked ? 'action' : 'command',
    text: question,
    userId: interaction.user.id,
    ...conversationOf(interaction.channelId, interaction.channel, interaction.guildId),
  }, deps);
}
