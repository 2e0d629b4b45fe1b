/** The privileged Message Content intent's bit in IDENTIFY's `intents`. */
export const MESSAGE_CONTENT_INTENT = 1 << 15;

interface MessageLike {
  guild_id?: string;
  author?: { id?: string };
  mentions?: { id?: string }[];
  [field: string]: unknown;
}

/**
 * A message as a bot sees it, by Discord's rule: without the Message Content intent, a server message that is not the
 * bot's own and does not mention it (a reply that pings the bot does) comes with empty content, embeds, attachments
 * and components, on the gateway and in history reads alike. DMs and the bot's own messages keep theirs.
 */
export function asSeenBy<T extends MessageLike>(message: T, botId: string, intents: number): T {
  if ((intents & MESSAGE_CONTENT_INTENT) !== 0 || !message.guild_id || message.author?.id === botId) return message;
  if ((message.mentions ?? []).some((m) => m.id === botId)) return message;
  return { ...message, content: '', embeds: [], attachments: [], components: [] };
}
