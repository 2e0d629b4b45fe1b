import type { Logger } from 'pino';
import type { ReplySender } from '../../src/inbox/reply-sender.js';
import { postedParts } from './posted-parts.js';
import { postMessages } from './post-reply.js';
import { renderReply } from './render-blocks.js';
import type { SlackClient } from './slack-deps.js';
import { slackRouteSchema } from './slack-route.js';

/** `ok: false` errors that a later attempt could get past; any other is final and closes the record. */
const transient = new Set([
  'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'rate_limited',
  'invalid_auth', 'not_authed', 'token_revoked', 'account_inactive', 'team_added_to_org',
]);

/**
 * Posts an inbox record's reply in its thread, each part tagged with the record's key. A recovered record
 * first looks in the thread for parts that already went out (see `postedParts`) and posts only the rest.
 */
export function slackReplySender(client: SlackClient, logger: Logger): ReplySender {
  return {
    async send(record, reply, recovered) {
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
    },
  };
}
