import type { Logger } from 'pino';
import type { ReplySender, SendOutcome } from '../../src/inbox/reply-sender.js';
import type { Reply } from '../../src/reply.js';
import type { InboxRecord } from '../../src/store/inbox.js';
import { ephemeralMessages, originOf } from './ephemeral-reply.js';
import { postedParts } from './posted-parts.js';
import { postMessages } from './post-reply.js';
import { renderReply, type SlackMessage } from './render-blocks.js';
import type { Experts } from './experts.js';
import { postToResponseUrl } from './response-url.js';
import type { SlackClient } from './slack-deps.js';
import {
  slackChannelPostRouteSchema, slackNoReplyRouteSchema, slackResponseRouteSchema, slackRouteSchema, slackVoteRouteSchema, type SlackVoteRoute,
} from './slack-route.js';
import { blocksWithThanks, thanksText } from './vote-thanks.js';

/** `ok: false` errors that a later attempt could get past; any other is final and closes the record. */
const transient = new Set([
  'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'rate_limited',
  'invalid_auth', 'not_authed', 'token_revoked', 'account_inactive', 'team_added_to_org',
]);

/** Why the bot cannot post in a channel it was asked to post in: the caller is told how to invite it. */
const cannotPost = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);
const inviteHint = 'I can’t post in this channel yet. Invite me with `/invite @ML Advisor` and try again.';

/** Slack's error code when a Web API call was refused for good (`ok: false`, not a transient one), else undefined. */
function finalError(err: unknown): string | undefined {
  const code = (err as { code?: string; data?: { error?: string } }).data?.error;
  return code && (err as { code?: string }).code === 'slack_webapi_platform_error' && !transient.has(code) ? code : undefined;
}

/** Renders a public reply; one that tags the experts (the hand-off) starts with their group's mention. */
type Render = (reply: Reply) => SlackMessage[];

/** Posts in the record's thread, each part tagged with its key; a recovered record skips parts already there. */
async function sendInThread(client: SlackClient, logger: Logger, render: Render, record: InboxRecord, reply: Reply, recovered: boolean): Promise<SendOutcome> {
  const route = slackRouteSchema.parse(record.route);
  const skip = recovered ? await postedParts(client, route, record.key, logger) : new Set<number>();
  try {
    await postMessages(client, route.channel, route.threadTs, render(reply), { inboxKey: record.key, skip });
  } catch (err) {
    const code = finalError(err);
    if (code) return { status: 'gone', reason: code };
    throw err;
  }
  return { status: 'sent' };
}

/**
 * "Post to channel": posts the reply in the channel itself, tagged like a thread reply (a recovered record skips
 * parts already posted since the click), then deletes the ephemeral reply it came from. Refused because the bot
 * is not in the channel: the caller is told how to invite it, and the record is closed with Slack's reason. The
 * deletion is best effort: past its 30 minutes the `response_url` refuses, and the post stands.
 */
async function sendToChannel(client: SlackClient, logger: Logger, render: Render, record: InboxRecord, reply: Reply, recovered: boolean): Promise<SendOutcome> {
  const route = slackChannelPostRouteSchema.parse(record.route);
  const skip = recovered ? await postedParts(client, { channel: route.channel, sinceMs: record.receivedAt }, record.key, logger) : new Set<number>();
  try {
    await postMessages(client, route.channel, undefined, render(reply), { inboxKey: record.key, skip });
  } catch (err) {
    const code = finalError(err);
    if (!code) throw err;
    if (cannotPost.has(code)) await postToResponseUrl(route.ephemeralUrl, { response_type: 'ephemeral', replace_original: false, text: inviteHint });
    return { status: 'gone', reason: code };
  }
  const deleted = await postToResponseUrl(route.ephemeralUrl, { delete_original: true });
  if (!deleted.ok) logger.info({ reason: deleted.reason }, 'posted to the channel; the ephemeral reply could not be deleted');
  return { status: 'sent' };
}

/**
 * Posts to the record's `response_url` (the caller alone sees it). Ephemeral messages cannot be read back, so a
 * re-send after a crash that followed Slack's acceptance shows the reply twice, unless it replaces the original.
 */
async function sendToResponseUrl(record: InboxRecord, reply: Reply, responseUrl: string, replaceOriginal: boolean): Promise<SendOutcome> {
  for (const body of ephemeralMessages(reply, originOf(record.message, reply), replaceOriginal)) {
    const outcome = await postToResponseUrl(responseUrl, body);
    if (!outcome.ok) return { status: 'gone', reason: outcome.reason };
  }
  return { status: 'sent' };
}

/**
 * A vote's thanks: they replace the vote buttons of the message voted on (`chat.update`, the same edit again on a
 * re-send), or go to the caller alone under an ephemeral reply.
 */
async function sendVoteThanks(client: SlackClient, route: SlackVoteRoute, reply: Reply): Promise<SendOutcome> {
  const thanks = thanksText(reply);
  const { vote } = route;
  if ('responseUrl' in vote) {
    const outcome = await postToResponseUrl(vote.responseUrl, { response_type: 'ephemeral', replace_original: false, text: thanks });
    return outcome.ok ? { status: 'sent' } : { status: 'gone', reason: outcome.reason };
  }
  try {
    await client.chat.update({ channel: vote.channel, ts: vote.messageTs, text: vote.messageText ?? thanks, blocks: blocksWithThanks(vote.blocks, thanks) });
  } catch (err) {
    const code = finalError(err);
    if (code) return { status: 'gone', reason: code };
    throw err;
  }
  return { status: 'sent' };
}

/**
 * Sends an inbox record's reply where its route says: in a thread (mentions, DMs, clicks on public messages),
 * through a `response_url` (`/ml-start`, clicks on ephemeral replies), in the channel ("Post to channel"), or
 * over the vote buttons (👍/👎). With the experts' group, a public reply that tags them (the hand-off) starts with
 * the group's mention; nothing else we send can ping anyone.
 */
export function slackReplySender(client: SlackClient, logger: Logger, experts?: Pick<Experts, 'mention'>): ReplySender {
  const render: Render = (reply) => renderReply(reply, experts ? { expertsMention: experts.mention } : {});
  return {
    async send(record, reply, recovered) {
      const response = slackResponseRouteSchema.safeParse(record.route);
      if (response.success) return sendToResponseUrl(record, reply, response.data.responseUrl, response.data.replaceOriginal);
      if (slackChannelPostRouteSchema.safeParse(record.route).success) return sendToChannel(client, logger, render, record, reply, recovered);
      const vote = slackVoteRouteSchema.safeParse(record.route);
      if (vote.success) return sendVoteThanks(client, vote.data, reply);
      // The 👎 form's comment: the core stored it, and the form closed on submission; nothing more to send.
      if (slackNoReplyRouteSchema.safeParse(record.route).success) return { status: 'sent' };
      return sendInThread(client, logger, render, record, reply, recovered);
    },
    expiredReason(record) {
      const vote = slackVoteRouteSchema.safeParse(record.route);
      const byUrl = slackResponseRouteSchema.safeParse(record.route).success || (vote.success && 'responseUrl' in vote.data.vote);
      return byUrl ? 'response_url_expired' : 'expired';
    },
  };
}
