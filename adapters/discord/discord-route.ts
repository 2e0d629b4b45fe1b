import { z } from 'zod';

/** Where a Discord reply goes, as kept in an inbox record: the channel, and the message it answers. */
export const discordRouteSchema = z.object({ channelId: z.string().min(1), replyTo: z.string().min(1) });
export type DiscordRoute = z.infer<typeof discordRouteSchema>;
