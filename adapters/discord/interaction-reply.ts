import { MessageFlags, Routes, type REST } from 'discord.js';
import type { DiscordInteractionRoute } from './discord-route.js';
import type { DiscordMessagePart } from './render-message.js';

/**
 * A part as Discord's message body: content, embeds, buttons, and its allowed mentions: never a ping, except the
 * experts' role on the part that tags them (`parse` stays empty, so nothing written in the text can ping).
 */
export function partBody(part: DiscordMessagePart): Record<string, unknown> {
  const roles = part.allowedMentions.roles ?? [];
  return {
    content: part.content,
    embeds: part.embeds,
    components: part.components,
    allowed_mentions: { parse: [], replied_user: false, ...(roles.length ? { roles: [...roles] } : {}) },
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
