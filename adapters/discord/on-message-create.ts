import type { Message } from 'discord.js';
import type { HandlerDeps } from './handler-deps.js';
import { messageTurn } from './message-turn.js';

/** Inbox keys of channel messages (mentions, DMs, questions in channels and threads), as a catch-up looks them up. */
export const MESSAGE_KEY_PREFIX = 'discord:message:';

/**
 * A person's message that owes a reply (see `messageTurn`: a DM, a mention, and with the Message Content intent a
 * question in a channel the bot answers on its own or a follow-up in a thread it follows): recorded in the inbox
 * first (the gateway has no ack, so this is the first thing after), then answered through it. Bots (including this
 * one), webhooks and system messages are ignored; a replayed message finds its record and stops. A message found by
 * a catch-up (`backlog`) is recorded for the inbox's backlog lane, which answers it beside live ones.
 */
export async function onMessageCreate(message: Message, deps: HandlerDeps, options: { backlog?: boolean } = {}): Promise<void> {
  if (message.author.bot || message.webhookId || message.system) return;
  // Judged and recorded in arrival order within the channel (a colleague's reply before the asker's next message);
  // answering does not hold the channel's next message.
  const item = await deps.inOrder(message.channelId, async () => {
    const turn = await messageTurn(message, deps);
    if (!turn) return undefined;
    return deps.inbox.record({
      key: `${MESSAGE_KEY_PREFIX}${message.id}`,
      platform: 'discord',
      message: turn.message,
      route: turn.route,
      receivedAt: deps.clock(),
    }, options);
  });
  if (item && !options.backlog) await deps.inbox.deliver(item);
}
