import { z } from 'zod';

/** Where a Slack reply goes, as kept in an inbox record: the channel and the thread to answer in. */
export const slackRouteSchema = z.object({ channel: z.string().min(1), threadTs: z.string().min(1) });
export type SlackRoute = z.infer<typeof slackRouteSchema>;

/** The `metadata.event_type` our replies carry; `event_payload` holds the inbox key and the part number. */
export const replyMetadataType = 'ml_advisor_reply';

export const replyMetadataSchema = z.object({
  event_type: z.literal(replyMetadataType),
  event_payload: z.object({ inbox_key: z.string(), part: z.number().int().min(0) }),
});
