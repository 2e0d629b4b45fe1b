import type { BaseInteraction } from 'discord.js';
import type { CoreMessage } from '../../src/message.js';
import { conversationOf } from './conversation-of.js';
import { guildFields } from './guild-fields.js';
import type { HandlerDeps } from './handler-deps.js';

/**
 * Who used an interaction and where, in core terms: the user, the conversation and thread, and in a server the
 * channel's mode and the hand-off flag; on a click in a server with an experts role, whether the clicker has it.
 */
export async function interactionPlace(
  interaction: BaseInteraction,
  deps: HandlerDeps,
): Promise<Pick<CoreMessage, 'platform' | 'userId' | 'conversationId' | 'threadId' | 'workspaceId' | 'channelMode' | 'handoff'>> {
  const place = conversationOf(interaction.channelId ?? interaction.user.id, interaction.channel, interaction.guildId);
  return { platform: 'discord', userId: interaction.user.id, ...place, ...(await guildFields(deps, place)) };
}
