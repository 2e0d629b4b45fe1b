import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';

/** Names shared by the deploy script and the handlers: one definition each. */
export const ML_START = 'ml-start';
export const QUESTION_OPTION = 'question';
export const ASK_ML_ADVISOR = 'Ask ML Advisor';

/** Guild channels and the bot's DMs (`contexts: [0, 1]`). */
const contexts = [InteractionContextType.Guild, InteractionContextType.BotDM];

export const mlStartCommand = new SlashCommandBuilder()
  .setName(ML_START)
  .setDescription('Ask the ML advisor, or pick a topic to start')
  .setContexts(contexts)
  .addStringOption((option) =>
    option
      .setName(QUESTION_OPTION)
      .setDescription('Your question about adopting machine learning (optional)')
      .setMaxLength(500)
      .setAutocomplete(true),
  );

export const askMlAdvisorCommand = new ContextMenuCommandBuilder()
  .setName(ASK_ML_ADVISOR)
  .setType(ApplicationCommandType.Message)
  .setContexts(contexts);

/** The JSON the deploy script PUTs: exactly what the handlers answer to. */
export function commandDefinitions(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [mlStartCommand.toJSON(), askMlAdvisorCommand.toJSON()];
}
