import { z } from 'zod';
import type { InboundItem } from '../../src/store/inbox.js';
import { commandKey, mlStartCommand } from './on-ml-start.js';
import { responseUrlLifeMs, type SlackResponseRoute } from './slack-route.js';
import { commandToCore } from './to-core-message.js';

const commandBodySchema = z.object({
  command: z.literal(mlStartCommand),
  text: z.string().default(''),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  team_id: z.string().min(1),
  response_url: z.url(),
  trigger_id: z.string().min(1),
});

/**
 * The inbox item for a `/ml-start` request (HTTP form or Socket Mode payload), or undefined for anything else.
 * The reply goes to the caller through the `response_url`, so the record's deadline is that URL's life.
 */
export function inboundFromCommand(body: unknown, now: number): InboundItem | undefined {
  const parsed = commandBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const route: SlackResponseRoute = { responseUrl: parsed.data.response_url, replaceOriginal: false };
  return {
    key: commandKey(parsed.data.trigger_id),
    platform: 'slack',
    message: commandToCore(parsed.data),
    route,
    receivedAt: now,
    deadline: now + responseUrlLifeMs,
  };
}
