import { z } from 'zod';

/** Where a Slack reply goes, as kept in an inbox record: the channel and the thread to answer in. */
export const slackRouteSchema = z.object({ channel: z.string().min(1), threadTs: z.string().min(1) });
export type SlackRoute = z.infer<typeof slackRouteSchema>;

/**
 * A reply to the caller only, through the `response_url` of a command or a click (valid 30 minutes, 5 uses).
 * `replaceOriginal`: the first part replaces the message clicked (an ephemeral reply), so a re-send replaces too.
 */
export const slackResponseRouteSchema = z.object({ responseUrl: z.url(), replaceOriginal: z.boolean() });
export type SlackResponseRoute = z.infer<typeof slackResponseRouteSchema>;

/**
 * "Post to channel" under an ephemeral reply: the reply goes to the channel itself (not a thread), then the
 * ephemeral one is deleted through its `response_url` (`ephemeralUrl`), or told why the post was refused.
 */
export const slackChannelPostRouteSchema = z.object({ channel: z.string().min(1), ephemeralUrl: z.url() });
export type SlackChannelPostRoute = z.infer<typeof slackChannelPostRouteSchema>;

/**
 * A 👍/👎 vote: the core records it, then the thanks replace the vote buttons of the message voted on (its blocks
 * as the click carried them), or, under an ephemeral reply, go to the caller through the `response_url`.
 */
export const slackVoteRouteSchema = z.object({
  vote: z.union([
    z.object({ channel: z.string().min(1), messageTs: z.string().min(1), messageText: z.string().optional(), blocks: z.array(z.record(z.string(), z.unknown())) }),
    z.object({ responseUrl: z.url() }),
  ]),
});
export type SlackVoteRoute = z.infer<typeof slackVoteRouteSchema>;

/** The 👎 form's comment: the form closed when it was submitted, so storing the comment is the whole answer. */
export const slackNoReplyRouteSchema = z.object({ noReply: z.literal(true) });
export type SlackNoReplyRoute = z.infer<typeof slackNoReplyRouteSchema>;

/** How long Slack accepts posts to a `response_url`. */
export const responseUrlLifeMs = 30 * 60_000;

/** The `metadata.event_type` our replies carry; `event_payload` holds the inbox key and the part number. */
export const replyMetadataType = 'ml_advisor_reply';

export const replyMetadataSchema = z.object({
  event_type: z.literal(replyMetadataType),
  event_payload: z.object({ inbox_key: z.string(), part: z.number().int().min(0) }),
});
