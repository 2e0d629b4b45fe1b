import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { CoreMessage } from '../../src/message.js';
import { interactionTokenLifeMs, type DiscordInteractionRoute } from './discord-route.js';
import { channelModeField } from './guild-fields.js';
import type { HandlerDeps } from './handler-deps.js';

/**
 * Answers an interaction through the inbox: recorded first (key `discord:interaction:<id>`, the token and its
 * 15-minute life), then deferred — the acknowledgement, within Discord's 3 s — and the inbox edits the deferred
 * response with the core's reply, retrying on 5xx and recovering after a crash. A replayed interaction finds its
 * record and stops. When the process dies before deferring, Discord drops the interaction: the edit is refused
 * (unknown webhook) and the record is closed with that reason. The channel's mode is read meanwhile (a store slow
 * on a cache miss must not use up the 3 s before the deferral) and added to the message delivered; the record keeps
 * the message without it, so one recovered after a crash reaches the core without the mode, which for an
 * interaction only labels the question log and a hand-off (no interaction is kept quiet by it).
 */
export async function answerInteraction(
  interaction: RepliableInteraction,
  message: CoreMessage,
  deps: HandlerDeps,
  options: { ephemeral?: boolean } = {},
): Promise<void> {
  const ephemeral = options.ephemeral === true;
  const mode = channelModeField(deps, message);
  const route: DiscordInteractionRoute = { applicationId: interaction.applicationId, token: interaction.token, ephemeral };
  const item = await deps.inbox.record({
    key: `discord:interaction:${interaction.id}`,
    platform: 'discord',
    message,
    route,
    receivedAt: deps.clock(),
    deadline: interaction.createdTimestamp + interactionTokenLifeMs,
  });
  if (!item) return;
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  await deps.inbox.deliver({ ...item, message: { ...item.message, ...(await mode) } });
}
