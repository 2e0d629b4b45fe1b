import type { CoreMessage } from '../../src/message.js';
import type { Reply } from '../../src/reply.js';
import { actionPrefix, renderReply, type Button, type KnownBlock } from './render-blocks.js';

/** Bolt's `respond()` as far as we use it (posts to the `response_url`). */
export type Respond = (message: {
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  delete_original?: boolean;
  text?: string;
  blocks?: KnownBlock[];
}) => Promise<unknown>;

export const postToChannelActionId = `${actionPrefix}post`;

/**
 * What to ask the core again to post an ephemeral reply publicly (an ephemeral message's blocks are not sent
 * back with the click). An answer is reproduced exactly through `entry:<id>`; anything else is asked again.
 * `c:` = the command text, `a:` = an action id.
 */
export function originOf(message: CoreMessage, reply: Reply): string {
  if (reply.outcome === 'answer' && reply.entryId) return `a:entry:${reply.entryId}`;
  const origin = message.kind === 'action' ? `a:${message.text}` : `c:${message.text}`;
  return origin.slice(0, 2000);
}

export function parseOrigin(value: string): { kind: 'command' | 'action'; text: string } {
  if (value.startsWith('a:')) return { kind: 'action', text: value.slice(2) };
  return { kind: 'command', text: value.startsWith('c:') ? value.slice(2) : value };
}

function postButton(origin: string): Button {
  return {
    type: 'button',
    action_id: postToChannelActionId,
    text: { type: 'plain_text', text: '📣 Post to channel', emoji: true },
    value: origin,
  };
}

/** A reply to the caller only, as `response_url` bodies, with a "Post to channel" button under it. */
export function ephemeralMessages(reply: Reply, origin: string, replaceOriginal: boolean): Parameters<Respond>[0][] {
  return renderReply(reply, { extraButtons: [postButton(origin)] }).map((message, i) => ({
    response_type: 'ephemeral',
    replace_original: replaceOriginal && i === 0,
    text: message.text,
    blocks: message.blocks,
  }));
}

/** Shows a reply to the caller only, with a "Post to channel" button under it. */
export async function respondEphemeral(respond: Respond, reply: Reply, origin: string, replaceOriginal: boolean): Promise<void> {
  for (const message of ephemeralMessages(reply, origin, replaceOriginal)) await respond(message);
}
