import type { Logger } from 'pino';
import type { SlackClient } from './slack-deps.js';
import { replyMetadataSchema } from './slack-route.js';

/** Where to look: a thread, or the channel itself from `sinceMs` (a few seconds' margin is added). */
export type PostedWhere = { channel: string; threadTs: string } | { channel: string; sinceMs: number };

const maxPages = 10;

/** The reasons already warned about in this process. */
const warned = new Set<string>();

/**
 * Which parts of the reply for `inboxKey` are already in the thread (`conversations.replies`) or, for a post to
 * the channel itself, among the channel's messages since it was asked for (`conversations.history`), read from
 * the metadata our replies carry (`include_all_metadata`). Needs the history scope of the conversation's type
 * (`channels:history`, `groups:history`, `im:history`, `mpim:history`); without it Slack answers
 * `missing_scope` and this returns nothing found, so the reply is sent again (at least once, never lost).
 */
export async function postedParts(client: SlackClient, where: PostedWhere, inboxKey: string, logger: Logger): Promise<Set<number>> {
  const parts = new Set<number>();
  let cursor: string | undefined;
  try {
    for (let page = 0; page < maxPages; page++) {
      const query = { channel: where.channel, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) };
      const res =
        'threadTs' in where
          ? await client.conversations.replies({ ...query, ts: where.threadTs })
          : await client.conversations.history({ ...query, oldest: ((where.sinceMs - 5_000) / 1000).toFixed(6) });
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
    // Without the history scopes this happens on every re-send: said once per reason as a warning, then at debug.
    const level = warned.has(code) ? 'debug' : 'warn';
    warned.add(code);
    logger[level]({ code, channel: where.channel }, 'cannot read the conversation to check for an earlier reply; sending it again');
  }
  return parts;
}
