import type { AutocompleteInteraction } from 'discord.js';
import { autocompleteChoices } from './autocomplete-choices.js';
import { ML_START } from './commands.js';
import type { HandlerDeps } from './handler-deps.js';

/** `/ml-start question` suggestions: synchronous, so always within the deadline. */
export async function onAutocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  if (interaction.commandName !== ML_START) return interaction.respond([]);
  const focused = interaction.options.getFocused();
  await interaction.respond(autocompleteChoices(deps.advisor.index, focused));
}
