import { z } from 'zod';

/** The parts of a `message` / `app_mention` event the adapter reads; anything else is ignored. */
export const messageEventSchema = z.object({
  type: z.string(),
  text: z.string().optional(),
  user: z.string().optional(),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  team: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});
export type MessageEvent = z.infer<typeof messageEventSchema>;

/** The parts of a `block_actions` payload the adapter reads. */
export const blockActionsSchema = z.object({
  trigger_id: z.string().optional(),
  user: z.object({ id: z.string().min(1) }),
  team: z.object({ id: z.string() }).nullish(),
  channel: z.object({ id: z.string() }).nullish(),
  container: z
    .object({
      is_ephemeral: z.boolean().optional(),
      channel_id: z.string().optional(),
      message_ts: z.string().optional(),
      thread_ts: z.string().optional(),
    })
    .optional(),
  message: z
    .object({
      ts: z.string(),
      thread_ts: z.string().optional(),
      text: z.string().optional(),
      blocks: z.array(z.record(z.string(), z.unknown())).optional(),
    })
    .optional(),
});
export type BlockActionsBody = z.infer<typeof blockActionsSchema>;

/** The clicked button. */
export const buttonActionSchema = z.object({ action_id: z.string(), value: z.string().min(1).max(2000) });
