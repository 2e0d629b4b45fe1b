import type { CoreMessage } from '../../src/message.js';
import type { HandlerDeps } from './handler-deps.js';

/**
 * The channel's mode (the parent's, for a thread or a forum post: `conversationId`), read through the short cache
 * (the last known one, else `mention`, when the store cannot be read); nothing for a DM.
 */
export async function channelModeField(
  deps: Pick<HandlerDeps, 'channelModes'>,
  place: Pick<CoreMessage, 'conversationId' | 'workspaceId'>,
): Promise<Pick<CoreMessage, 'channelMode'>> {
  if (!place.workspaceId) return {};
  return { channelMode: await deps.channelModes.get(place.conversationId) };
}

/**
 * What the core needs to know of a message or click in a server channel: the channel's mode and, when an experts
 * role is set, that the hand-off can be offered. Nothing for a DM.
 */
export async function guildFields(
  deps: Pick<HandlerDeps, 'channelModes' | 'features'>,
  place: Pick<CoreMessage, 'conversationId' | 'workspaceId'>,
): Promise<Pick<CoreMessage, 'channelMode' | 'handoff'>> {
  if (!place.workspaceId) return {};
  return { ...(await channelModeField(deps, place)), ...(deps.features.expertsRole ? { handoff: true } : {}) };
}
