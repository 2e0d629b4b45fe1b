import type { Logger } from 'pino';
import type { ReplySender, SendOutcome } from '../../src/inbox/reply-sender.js';
import type { Reply } from '../../src/reply.js';
import type { InboxRecord } from '../../src/store/inbox.js';
import { ephemeralMessages, originOf } from './ephemeral-reply.js';
import { postedParts } from './posted-parts.js';
import { postMessages } from './post-reply.js';
import { renderReply } from './render-blocks.js';
import { postToResponseUrl } from './response-url.js';
import type { SlackClient } from './slack-deps.js';
import { slackResponseRouteSchema, slackRouteSchema } from './slack-route.js';

/** `ok: false` errors that a later attempt could get past; any other is final and closes the record. */
const transient = new Set([
  'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'rate_limited',
  'invalid_auth', 'not_authed', 'token_revoked', 'account_inactive', 'team_added_to_org',
]);

/** Posts in the record's thread, each part tagged with its key; a recovered record skips parts already there. */
async function sendInThread(client: SlackClient, logger: Logger, record: InboxRecord, reply: Reply, recovered: boolean): Promise<SendOutcome> {
  const route = slackRouteSchema.parse(record.route);
  const skip = recovered ? await postedParts(client, route, record.key, logger) : new Set<number>();
  try {
    await postMessages(client, route.channel, route.threadTs, renderReply(reply), { inboxKey: record.key, skip });
  } catch (err) {
    const code = (err as { code?: string; data?: { error?: string } }).data?.error;
    if (code && (err as { code?: string }).code === 'slack_webapi_platform_error' && !transient.has(code)) {
      return { status: 'gone', reason: code };
    }
    throw err;
  }
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
 * Sends an inbox record's reply where its route says: in a thread (mentions, DMs, clicks on public messages)
 * or through a `response_url` (`/ml-start`, clicks on ephemeral replies).
 */
export function slackReplySender(client: SlackClient, logger: Logger): ReplySender {
  return {
    send(record, reply, recovered) {
      const response = slackResponseRouteSchema.safeParse(record.route);
      if (response.success) return sendToResponseUrl(record, reply, response.data.responseUrl, response.data.replaceOriginal);
      return sendInThread(client, logger, record, reply, recovered);
    },
    expiredReason(record) {
      return slackResponseRouteSchema.safeParse(record.route).success ? 'response_url_expired' : 'expired';
    },
  };
}
