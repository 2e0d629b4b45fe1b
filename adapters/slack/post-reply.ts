import type { SlackMessage } from './render-blocks.js';
import type { SlackClient } from './slack-deps.js';

/** Posts rendered messages in order, in the given thread (or at the top of the channel). */
export async function postMessages(
  client: SlackClient,
  channel: string,
  threadTs: string | undefined,
  messages: SlackMessage[],
): Promise<void> {
  for (const message of messages) {
    await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  }
}
