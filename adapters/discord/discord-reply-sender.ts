import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { ReplySender } from '../../src/inbox/reply-sender.js';
import { discordInteractionRouteSchema, discordNoReplyRouteSchema, discordRouteSchema } from './discord-route.js';
import { partBody, sendInteractionReply } from './interaction-reply.js';
import { renderReply, type DiscordMessagePart, type RenderOptions } from './render-message.js';
import { replyNonce } from './reply-nonce.js';
import { startThread } from './start-thread.js';

/** A part as Discord's create-message body: its allowed mentions, the first part a reply to the question. */
function body(part: DiscordMessagePart, nonce: string, replyTo: string | undefined): Record<string, unknown> {
  return {
    ...partBody(part),
    ...(replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
    nonce,
    enforce_nonce: true,
  };
}

/**
 * Sends an inbox record's reply with REST. A message (mention, DM, a question in a channel or thread): each part
 * created with a nonce derived from the record's key and `enforce_nonce`, so repeating a send within Discord's nonce
 * window returns the message already created; a route with `startThread` first starts the thread from the question
 * and posts in it. An interaction: the deferred response is edited (see `sendInteractionReply`); a 👎 vote, whose
 * answer was its form, has nothing to send. A 4xx other than 429 (unknown channel or webhook, missing access, an
 * invalid token) closes the record; 5xx and timeouts throw.
 */
export function discordReplySender(rest: REST, options: RenderOptions = {}): ReplySender {
  return {
    async send(record, reply) {
      if (discordNoReplyRouteSchema.safeParse(record.route).success) return { status: 'sent' };
      const interaction = discordInteractionRouteSchema.safeParse(record.route);
      try {
        if (interaction.success) {
          await sendInteractionReply(rest, interaction.data, renderReply(reply, options));
          return { status: 'sent' };
        }
        const route = discordRouteSchema.parse(record.route);
        const inThread = route.startThread ? await startThread(rest, route.channelId, route.replyTo, route.startThread) : undefined;
        for (const [i, part] of renderReply(reply, options).entries()) {
          await rest.post(Routes.channelMessages(inThread ?? route.channelId), {
            body: body(part, replyNonce(record.key, i), i === 0 && !inThread ? route.replyTo : undefined),
          });
        }
      } catch (err) {
        if (err instanceof DiscordAPIError && err.status >= 400 && err.status < 500 && err.status !== 429) {
          return { status: 'gone', reason: `discord_${err.code}` };
        }
        throw err;
      }
      return { status: 'sent' };
    },
    expiredReason(record) {
      return discordInteractionRouteSchema.safeParse(record.route).success ? 'interaction_token_expired' : 'expired';
    },
  };
}
