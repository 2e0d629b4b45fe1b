import type { BaseInteraction } from 'discord.js';
import type { CoreMessage } from '../../src/message.js';
import { conversationOf } from './conversation-of.js';
import type { HandlerDeps } from './handler-deps.js';

/**
 * Who used an interaction and where, in core terms: the user, the conversation and thread, and in a server with an
 * experts role the hand-off flag. No store read: the channel's mode (`channelModeField`) is read while the
 * interaction is recorded and acknowledged, and added to the message delivered (see `answerInteraction`).
 */
export function interactionPlace(
  interaction: BaseInteraction,
  deps: Pick<HandlerDeps, 'features'>,
): Pick<CoreMessage, 'platform' | 'userId' | 'conversationId' | 'threadId' | 'workspaceId' | 'handoff'> {
  const place = conversationOf(interaction.channelId ?? interaction.user.id, interaction.channel, interaction.guildId);
  return { platform: 'discord', userId: interaction.user.id, ...place, ...(place.workspaceId && deps.features.expertsRole ? { handoff: true } : {}) };
}
