import { z } from 'zod';
import type { InboundItem } from '../../src/store/inbox.js';
import { answerableEvent } from './answer-message.js';
import { isDirectChannel } from './channel-context.js';
import type { SlackDeps } from './slack-deps.js';
import type { SlackRoute } from './slack-route.js';
import { messageToCore } from './to-core-message.js';
import { isChannelMessage, unmentionedToCore } from './unmentioned-message.js';

const envelopeSchema = z.object({
  type: z.literal('event_callback'),
  event_id: z.string().min(1),
  team_id: z.string().optional(),
  event: z.object({ type: z.string(), channel: z.string().optional(), channel_type: z.string().optional() }).loose(),
  authorizations: z.array(z.object({ user_id: z.string().optional() })).optional(),
});

/**
 * What the gate makes of an Events API envelope: an inbox item for one that owes a reply (a channel mention, a DM,
 * a question posted unasked in an `auto`/`confident` channel, a follow-up in a thread the bot follows); `ignore`
 * for a channel message the bot stays out of (acknowledged, and no listener needs it); undefined for anything else
 * (other events, bots, edits), which goes on to Bolt's listeners. The listeners' filters, applied before the ack.
 */
export type EnvelopeDecision = { item: Omit<InboundItem, 'deadline'> } | 'ignore' | undefined;

export async function inboundFromEnvelope(
  deps: Pick<SlackDeps, 'logger' | 'advisor' | 'channelModes'>,
  body: unknown,
  now: number,
): Promise<EnvelopeDecision> {
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { event, event_id: eventId, team_id: teamId, authorizations } = parsed.data;
  const mention = event.type === 'app_mention' && !isDirectChannel(event.channel ?? 'D');
  const dm = event.type === 'message' && event.channel_type === 'im';
  const inChannel = isChannelMessage(event);
  if (!mention && !dm && !inChannel) return undefined;
  const answerable = answerableEvent(deps, event);
  if (!answerable) return inChannel ? 'ignore' : undefined;
  const botUserId = authorizations?.[0]?.user_id;
  const ids = { ...(teamId ? { teamId } : {}), ...(botUserId ? { botUserId } : {}) };
  const message = inChannel ? await unmentionedToCore(deps, answerable, ids) : messageToCore(mention ? 'mention' : 'dm', answerable, ids);
  if (!message) return 'ignore';
  const route: SlackRoute = { channel: answerable.channel, threadTs: message.threadId ?? answerable.ts };
  return { item: { key: `slack:${eventId}`, platform: 'slack', message, route, receivedAt: now } };
}
