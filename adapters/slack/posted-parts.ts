import type { Logger } from 'pino';
import type { SlackClient } from './slack-deps.js';
import { replyMetadataSchema, type SlackRoute } from './slack-route.js';

const maxPages = 10;

/**
 * Which parts of the reply for `inboxKey` are already in the thread, read from the metadata our replies carry
 * (`conversations.replies` with `include_all_metadata`). Needs the history scope of the conversation's type
 * (`channels:history`, `groups:history`, `im:history`, `mpim:history`); without it Slack answers
 * `missing_scope` and this returns nothing found, so the reply is sent again (at least once, never lost).
 */
export async function postedParts(client: SlackClient, route: SlackRoute, inboxKey: string, logger: Logger): Promise<Set<number>> {
  const parts = new Set<number>();
  let cursor: string | undefined;
  try {
    for (let page = 0; page < maxPages; page++) {
      const res = await client.conversations.replies({
        channel: route.channel, ts: route.threadTs, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}),
      });
      for (const message of res.messages ?? []) {
        const meta = replyMetadataSchema.safeParse(message.metadata);
        if (meta.success && meta.data.event_payload.inbox_key === inboxKey) parts.add(meta.data.event_payload.part);
      }
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (code === undefined) throw err;
    logger.warn({ code, channel: route.channel }, 'cannot read the thread to check for an earlier reply; sending it again');
  }
  return parts;
}
