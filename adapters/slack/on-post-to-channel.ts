import { askCore } from './ask-core.js';
import type { ClickContext } from './click-context.js';
import { parseOrigin, type Respond } from './ephemeral-reply.js';
import { postMessages } from './post-reply.js';
import { renderReply } from './render-blocks.js';
import type { SlackClient, SlackDeps } from './slack-deps.js';
import { actionToCore } from './to-core-message.js';

const cannotPost = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/** "Post to channel" under an ephemeral reply: the reply is posted publicly and the ephemeral one removed. */
export async function onPostToChannel(
  deps: SlackDeps,
  click: ClickContext,
  tools: { client: SlackClient; respond: Respond },
): Promise<void> {
  const origin = parseOrigin(click.value);
  const message = { ...actionToCore({ ...click, threadId: undefined, actionId: origin.text }), kind: origin.kind };
  const reply = await askCore(deps, message);
  try {
    await postMessages(tools.client, click.channelId, undefined, renderReply(reply));
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (!code || !cannotPost.has(code)) throw err;
    await tools.respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'I can’t post in this channel yet. Invite me with `/invite @ML Advisor` and try again.',
    });
    return;
  }
  await tools.respond({ delete_original: true });
}
