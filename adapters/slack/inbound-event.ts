import { z } from 'zod';
import type { InboundItem } from '../../src/store/inbox.js';
import { answerableEvent } from './answer-message.js';
import type { SlackDeps } from './slack-deps.js';
import type { SlackRoute } from './slack-route.js';
import { messageToCore } from './to-core-message.js';

const envelopeSchema = z.object({
  type: z.literal('event_callback'),
  event_id: z.string().min(1),
  team_id: z.string().optional(),
  event: z.object({ type: z.string(), channel: z.string().optional(), channel_type: z.string().optional() }).loose(),
  authorizations: z.array(z.object({ user_id: z.string().optional() })).optional(),
});

/**
 * The inbox item for an Events API envelope that owes a reply (a channel mention, a DM), or undefined for
 * anything else: other events, bots, edits. The same filters as the listeners, applied before the ack.
 */
export function inboundFromEnvelope(deps: Pick<SlackDeps, 'logger'>, body: unknown, now: number): Omit<InboundItem, 'deadline'> | undefined {
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { event, event_id: eventId, team_id: teamId, authorizations } = parsed.data;
  const mention = event.type === 'app_mention' && !event.channel?.startsWith('D');
  const dm = event.type === 'message' && event.channel_type === 'im';
  if (!mention && !dm) return undefined;
  const answerable = answerableEvent(deps, event);
  if (!answerable) return undefined;
  const botUserId = authorizations?.[0]?.user_id;
  const message = messageToCore(mention ? 'mention' : 'dm', answerable, {
    ...(teamId ? { teamId } : {}),
    ...(botUserId ? { botUserId } : {}),
  });
  const route: SlackRoute = { channel: answerable.channel, threadTs: message.threadId ?? answerable.ts };
  return { key: `slack:${eventId}`, platform: 'slack', message, route, receivedAt: now };
}
