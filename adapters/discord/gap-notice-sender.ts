import { Routes, type REST } from 'discord.js';
import type { GapNoticeSend } from '../../src/learning/closed-gaps.js';
import { partBody } from './interaction-reply.js';
import { renderReply } from './render-message.js';

/** A Discord user id (a snowflake); anything else is not written into a message. */
const snowflake = /^\d{17,20}$/;

/**
 * Posts a gap notice where the person clicked "Me too, tell me when answered" (the thread or channel, or the DM),
 * tagging them: they asked to be told, so this message may ping them, and only them.
 */
export function discordGapNoticeSender(rest: REST): GapNoticeSend {
  return async (route, reply) => {
    const channelId = route.threadId ?? route.conversationId;
    const user = snowflake.test(route.userId) ? route.userId : undefined;
    for (const [i, part] of renderReply(reply).entries()) {
      const tagged = i === 0 && user !== undefined;
      const body = partBody(part);
      await rest.post(Routes.channelMessages(channelId), {
        body: tagged
          ? { ...body, content: `<@${user}> ${part.content}`.slice(0, 2000), allowed_mentions: { parse: [], replied_user: false, users: [user] } }
          : body,
      });
    }
  };
}
