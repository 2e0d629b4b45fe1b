import type { ButtonInteraction } from 'discord.js';
import { answerInChannel } from './answer-in-channel.js';
import { answerInteraction } from './answer-interaction.js';
import { FEEDBACK_DOWN_PREFIX, feedbackModal } from './feedback-modal.js';
import type { DiscordNoReplyRoute } from './discord-route.js';
import type { HandlerDeps } from './handler-deps.js';
import { hasRole } from './has-role.js';
import { interactionPlace } from './interaction-place.js';

/** The hand-off buttons' action ids ("Ask a person", "Mark resolved"). */
const HANDOFF_PREFIX = 'handoff:';

/**
 * A button: its custom id is the core action id. 👎 is recorded in the inbox, answered with the "what did you
 * miss?" form (a modal must be the first answer), and the inbox takes the vote to the core; the hand-off buttons
 * are answered with a public message in the thread (see `answerInChannel`), which for "Ask a person" pings the
 * experts; other buttons get the core's reply through the inbox (see `answerInteraction`), private for feedback
 * acknowledgements and "Me too". In a server with an experts role, the click says whether the clicker has it.
 */
export async function onButton(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const action = interaction.customId;
  const role = deps.features.expertsRole;
  const message = {
    ...(await interactionPlace(interaction, deps)),
    kind: 'action' as const,
    text: action,
    ...(role && interaction.inGuild() ? { expert: hasRole(interaction.member, role) } : {}),
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
  if (action.startsWith(HANDOFF_PREFIX)) return answerInChannel(interaction, message, deps);
  // Votes and "Me too" are thanked to the clicker alone.
  await answerInteraction(interaction, message, deps, { ephemeral: action.startsWith('feedback:') || action.startsWith('gap:') });
}
