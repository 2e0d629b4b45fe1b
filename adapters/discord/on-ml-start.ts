import type { ChatInputCommandInteraction } from 'discord.js';
import { answerInteraction } from './answer-interaction.js';
import { isPickedChoice } from './autocomplete-choices.js';
import { QUESTION_OPTION } from './commands.js';
import type { HandlerDeps } from './handler-deps.js';
import { interactionPlace } from './interaction-place.js';

/**
 * `/ml-start [question]`: without a question the core answers with the welcome and the topic buttons; with
 * one, the answer. A suggestion picked from autocomplete is sent as that topic's or entry's action. After
 * `/ml-start channel <mode>` the inbox's answer (`answer-in-discord.ts`) forgets the channel's cached mode.
 */
export async function onMlStart(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const question = interaction.options.getString(QUESTION_OPTION)?.trim() ?? '';
  const picked = isPickedChoice(deps.advisor.index, question);
  const place = interactionPlace(interaction, deps);
  await answerInteraction(interaction, { ...place, kind: picked ? 'action' : 'command', text: question }, deps);
}
