import { z } from 'zod';
import { actionPrefixes } from '../../src/action-ids.js';
import type { NewInbound } from '../../src/inbox/inbox-runner.js';
import { readClick, type ClickContext } from './click-context.js';
import { parseOrigin, postToChannelActionId } from './ephemeral-reply.js';
import { actionPrefix } from './render-blocks.js';
import type { SlackDeps } from './slack-deps.js';
import { responseUrlLifeMs, type SlackChannelPostRoute, type SlackResponseRoute, type SlackRoute, type SlackVoteRoute } from './slack-route.js';
import { actionToCore } from './to-core-message.js';

const clickBodySchema = z
  .object({
    type: z.literal('block_actions'),
    trigger_id: z.string().min(1),
    response_url: z.url().optional(),
    actions: z.array(z.unknown()).length(1),
  })
  .loose();

/** Clicks on our buttons: each owes the core's reply (a vote, its thanks; "Post to channel", a public post). */
function owesReply(click: ClickContext): boolean {
  return click.actionId.startsWith(actionPrefix);
}

const isVote = (click: ClickContext): boolean => click.value.startsWith(actionPrefixes.feedbackUp) || click.value.startsWith(actionPrefixes.feedbackDown);
/** "Me too": counted for the clicker alone, thanked privately; the message stays as it is for the others. */
const isMeToo = (click: ClickContext): boolean => click.value.startsWith(actionPrefixes.gap);

/**
 * The inbox item for a click on one of our buttons that owes a reply, or undefined. Under an ephemeral reply the
 * answer replaces it through the `response_url` (a re-send replaces again; deadline: that URL's 30 minutes);
 * under a public message it goes in the thread, tagged and checked like a mention's reply. "Post to channel"
 * posts in the channel, tagged and checked the same way, then deletes the ephemeral reply. A 👍/👎 vote is
 * recorded with the message voted on, whose buttons the thanks replace (a re-send replaces them again).
 */
export function inboundFromClick(
  deps: Pick<SlackDeps, 'logger'>,
  body: unknown,
  now: number,
): NewInbound | undefined {
  const parsed = clickBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const click = readClick(deps, body, parsed.data.actions[0]);
  if (!click || !owesReply(click)) return undefined;
  const key = `slack:click:${parsed.data.trigger_id}`;
  if (click.actionId === postToChannelActionId) {
    // The ephemeral reply's blocks are not sent back: its origin is asked again, to post in the channel itself.
    if (!click.ephemeral || !parsed.data.response_url) return undefined;
    const origin = parseOrigin(click.value);
    const message = { ...actionToCore({ ...click, threadId: undefined, actionId: origin.text }), kind: origin.kind };
    const route: SlackChannelPostRoute = { channel: click.channelId, ephemeralUrl: parsed.data.response_url };
    return { key, platform: 'slack', message, route, receivedAt: now };
  }
  const message = actionToCore({ ...click, actionId: click.value });
  if (isMeToo(click)) {
    if (!parsed.data.response_url) return undefined;
    const route: SlackVoteRoute = { vote: { responseUrl: parsed.data.response_url } };
    return { key, platform: 'slack', message, route, receivedAt: now, deadline: now + responseUrlLifeMs };
  }
  if (isVote(click)) {
    // The vote is what the user gave: recorded, it survives a crash before the core stored it.
    if (!click.ephemeral && click.messageTs && click.blocks) {
      const vote = { channel: click.channelId, messageTs: click.messageTs, blocks: click.blocks, ...(click.messageText !== undefined ? { messageText: click.messageText } : {}) };
      const route: SlackVoteRoute = { vote };
      return { key, platform: 'slack', message, route, receivedAt: now };
    }
    if (!parsed.data.response_url) return undefined;
    const route: SlackVoteRoute = { vote: { responseUrl: parsed.data.response_url } };
    return { key, platform: 'slack', message, route, receivedAt: now, deadline: now + responseUrlLifeMs };
  }
  if (click.ephemeral) {
    if (!parsed.data.response_url) return undefined;
    const route: SlackResponseRoute = { responseUrl: parsed.data.response_url, replaceOriginal: true };
    return { key, platform: 'slack', message, route, receivedAt: now, deadline: now + responseUrlLifeMs };
  }
  if (!click.threadId) return undefined;
  const route: SlackRoute = { channel: click.channelId, threadTs: click.threadId };
  return { key, platform: 'slack', message, route, receivedAt: now };
}
