import type { ButtonInteraction } from 'discord.js';
import type { CoreMessage } from '../../src/message.js';
import type { DiscordRoute } from './discord-route.js';
import { channelModeField } from './guild-fields.js';
import type { HandlerDeps } from './handler-deps.js';

/**
 * Answers a click with a message of its own in the channel or thread of the message clicked, a reply to it, instead
 * of a response to the interaction: used for the hand-off buttons, whose notice must be public and must ping the
 * experts (Discord never pings for the edit of a deferred response). Recorded first (key `discord:interaction:<id>`,
 * sent by the inbox like a mention's reply, with a nonce), then acknowledged without a message of its own (a
 * deferred update: the clicked message stays as it is). The channel's mode is read meanwhile, as in `answerInteraction`.
 */
export async function answerInChannel(interaction: ButtonInteraction, message: CoreMessage, deps: HandlerDeps): Promise<void> {
  const mode = channelModeField(deps, message);
  const route: DiscordRoute = { channelId: interaction.channelId, replyTo: interaction.message.id };
  const item = await deps.inbox.record({
    key: `discord:interaction:${interaction.id}`,
    platform: 'discord',
    message,
    route,
    receivedAt: deps.clock(),
  });
  if (!item) return;
  await interaction.deferUpdate();
  await deps.inbox.deliver({ ...item, message: { ...item.message, ...(await mode) } });
}
