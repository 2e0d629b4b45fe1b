import type { SlackMessage } from './render-blocks.js';
import type { SlackClient } from './slack-deps.js';
import { replyMetadataType } from './slack-route.js';

export interface PostOptions {
  /** Tags each part with the inbox key and its number in `metadata`, so a re-drive can see what went out. */
  inboxKey?: string;
  /** Parts already posted (by number): not posted again. */
  skip?: ReadonlySet<number>;
}

/** Posts rendered messages in order, in the given thread (or at the top of the channel). */
export async function postMessages(
  client: SlackClient,
  channel: string,
  threadTs: string | undefined,
  messages: SlackMessage[],
  options: PostOptions = {},
): Promise<void> {
  for (const [part, message] of messages.entries()) {
    if (options.skip?.has(part)) continue;
    await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
      ...(options.inboxKey
        ? { metadata: { event_type: replyMetadataType, event_payload: { inbox_key: options.inboxKey, part } } }
        : {}),
    });
  }
}
