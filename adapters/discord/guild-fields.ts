import type { CoreMessage } from '../../src/message.js';
import type { HandlerDeps } from './handler-deps.js';

/**
 * What the core needs to know of a message or click in a server channel: the channel's mode (the parent's, for a
 * thread or a forum post: `conversationId`) and, when an experts role is set, that the hand-off can be offered.
 * Nothing for a DM.
 */
export async function guildFields(
  deps: Pick<HandlerDeps, 'channelModes' | 'features'>,
  place: Pick<CoreMessage, 'conversationId' | 'workspaceId'>,
): Promise<Pick<CoreMessage, 'channelMode' | 'handoff'>> {
  if (!place.workspaceId) return {};
  const mode = await deps.channelModes.of(place.conversationId);
  return { ...(mode ? { channelMode: mode } : {}), ...(deps.features.expertsRole ? { handoff: true } : {}) };
}
