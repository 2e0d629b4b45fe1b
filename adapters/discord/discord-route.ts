import { z } from 'zod';

/** Discord's limit on a thread's name. */
export const MAX_THREAD_NAME = 100;

/**
 * Where a Discord reply goes, as kept in an inbox record: the channel, and the message it answers. With
 * `startThread` (a question asked in a channel in `auto`/`confident` mode) a thread of that name is started from the
 * message, as Discord's "Create Thread" does (its id is the message's), and the reply goes in it.
 */
export const discordRouteSchema = z.object({
  channelId: z.string().min(1),
  replyTo: z.string().min(1),
  startThread: z.string().min(1).max(MAX_THREAD_NAME).optional(),
});
export type DiscordRoute = z.infer<typeof discordRouteSchema>;

/**
 * The reply to an interaction (slash command, context menu, button, modal): its deferred response is edited
 * through the interaction's webhook (application id + token). `ephemeral`: only the user sees it.
 */
export const discordInteractionRouteSchema = z.object({
  applicationId: z.string().min(1),
  token: z.string().min(1),
  ephemeral: z.boolean(),
});
export type DiscordInteractionRoute = z.infer<typeof discordInteractionRouteSchema>;

/** A 👎 vote: its interaction was answered with the "what did you miss?" form, so storing the vote is the whole answer. */
export const discordNoReplyRouteSchema = z.object({ noReply: z.literal(true) });
export type DiscordNoReplyRoute = z.infer<typeof discordNoReplyRouteSchema>;

/** An interaction token can be used for 15 minutes after the interaction was created. */
export const interactionTokenLifeMs = 15 * 60_000;
