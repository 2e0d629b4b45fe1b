import { z } from 'zod';
import { channelModeSchema } from './channels/channel-mode.js';

/** Where a message came from. `console` is the terminal chat, `cli` the one-shot `ask` command. */
export const platformSchema = z.enum(['slack', 'discord', 'console', 'cli']);
export type Platform = z.infer<typeof platformSchema>;

/**
 * How the user reached the bot: a channel mention, the `/ml-start` command, a direct message, a button, a new
 * question in a channel the bot answers on its own (`channel`, see `src/channels/`), or a follow-up in a thread the
 * bot answered, without a mention (`thread`).
 */
export const messageKindSchema = z.enum(['mention', 'command', 'dm', 'action', 'channel', 'thread']);
export type MessageKind = z.infer<typeof messageKindSchema>;

/** The one message shape every adapter hands to the core. */
export const coreMessageSchema = z.object({
  platform: platformSchema,
  kind: messageKindSchema,
  /** The user's words with the bot mention already stripped; for `action`, the action id that was clicked. */
  text: z.string(),
  userId: z.string().min(1),
  /** Channel, DM or guild channel id: context is kept per conversation and thread. */
  conversationId: z.string().min(1),
  threadId: z.string().min(1).optional(),
  /** Free text that came with an action, e.g. the 👎 form's "what did you miss?" answer. */
  input: z.string().optional(),
  /** Workspace (Slack team) or guild id, when there is one. */
  workspaceId: z.string().min(1).optional(),
  /** The channel's mode (`mention`, `auto`, `confident`) for a message in a channel, as the adapter read it. */
  channelMode: channelModeSchema.optional(),
  /** Experts can be reached from here: answers and fallbacks offer "Ask a person" (a channel thread, experts set). */
  handoff: z.boolean().optional(),
  /** On a click: the clicker is one of the configured experts (the adapter checked the group or role). */
  expert: z.boolean().optional(),
});
export type CoreMessage = z.infer<typeof coreMessageSchema>;

/** The key under which a conversation's context is kept. */
export function conversationKey(message: Pick<CoreMessage, 'platform' | 'conversationId' | 'threadId'>): string {
  return [message.platform, message.conversationId, message.threadId ?? '-'].join(':');
}
