import type { ButtonInteraction } from 'discord.js';
import { answerInteraction } from './answer-interaction.js';
import { conversationOf } from './conversation-of.js';
import { FEEDBACK_DOWN_PREFIX, feedbackModal } from './feedback-modal.js';
import type { DiscordNoReplyRoute } from './discord-route.js';
import type { HandlerDeps } from './handler-deps.js';

/**
 * A button: its custom id is the core action id. 👎 is recorded in the inbox, answered with the "what did you
 * miss?" form (a modal must be the first answer), and the inbox takes the vote to the core; other buttons get
 * the core's reply through the inbox (see `answerInteraction`), private for feedback acknowledgements.
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
    // The vote is recorded first, so it survives a crash; the form is the interaction's answer (it must come first).
    const route: DiscordNoReplyRoute = { noReply: true };
    const item = await deps.inbox.record({ key: `discord:interaction:${interaction.id}`, platform: 'discord', message, route, receivedAt: deps.clock() });
    if (!item) return;
    await interaction.showModal(feedbackModal(action.slice(FEEDBACK_DOWN_PREFIX.length)));
    await deps.inbox.deliver(item);
    return;
  }
  await answerInteraction(interaction, message, deps, { ephemeral: action.startsWith('feedback:') });
}
