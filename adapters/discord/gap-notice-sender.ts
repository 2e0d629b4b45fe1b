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
    const parts = renderReply(reply);
    const first = parts[0];
    const mention = user === undefined ? '' : `<@${user}> `;
    // The mention leads the first part when it fits Discord's 2,000 characters; otherwise it goes alone, first.
    const fits = first !== undefined && mention.length + first.content.length <= 2000;
    const bodies = parts.map(partBody);
    if (user !== undefined) {
      const pinged = { parse: [], replied_user: false, users: [user] };
      if (fits && bodies[0]) bodies[0] = { ...bodies[0], content: mention + (first?.content ?? ''), allowed_mentions: pinged };
      else bodies.unshift({ content: mention.trim(), allowed_mentions: pinged });
    }
    for (const body of bodies) await rest.post(Routes.channelMessages(channelId), { body });
  };
}
