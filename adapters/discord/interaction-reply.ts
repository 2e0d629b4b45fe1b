import { MessageFlags, Routes, type REST } from 'discord.js';
import type { DiscordInteractionRoute } from './discord-route.js';
import type { DiscordMessagePart } from './render-message.js';

/** A part as Discord's webhook body: content, embeds, buttons, and never a ping. */
export function partBody(part: DiscordMessagePart): Record<string, unknown> {
  return {
    content: part.content,
    embeds: part.embeds,
    components: part.components,
    allowed_mentions: { parse: [], replied_user: false },
  };
}

/**
 * Answers a deferred interaction through its webhook (no bot token: the interaction token is the credential).
 * The first part edits the deferred response (`PATCH …/messages/@original`), so sending it again replaces it
 * rather than adding a message; further parts are follow-ups, which a re-send after a crash can repeat.
 */
export async function sendInteractionReply(rest: REST, route: DiscordInteractionRoute, parts: DiscordMessagePart[]): Promise<void> {
  for (const [i, part] of parts.entries()) {
    if (i === 0) {
      await rest.patch(Routes.webhookMessage(route.applicationId, route.token), { body: partBody(part), auth: false });
    } else {
      const flags = route.ephemeral ? { flags: MessageFlags.Ephemeral } : {};
      await rest.post(Routes.webhook(route.applicationId, route.token), { body: { ...partBody(part), ...flags }, auth: false });
    }
  }
}
