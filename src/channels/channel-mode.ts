import { z } from 'zod';

/**
 * How the bot behaves in a channel, set per channel by an admin (`/ml-start channel <mode>`) and kept in the store so
 * that every replica and shard agrees:
 * - `mention` (the default): it answers only when mentioned;
 * - `auto`: it answers every new top-level message that reads as a question, in that message's thread;
 * - `confident`: like `auto`, but it stays silent unless its answer is confident.
 */
export const channelModeSchema = z.enum(['mention', 'auto', 'confident']);
export type ChannelMode = z.infer<typeof channelModeSchema>;

export const defaultChannelMode: ChannelMode = 'mention';

/** One channel's mode as the store keeps it. `setBy` is the admin's user key (hashed like every stored user id). */
export interface ChannelModeSetting {
  platform: string;
  channelId: string;
  mode: ChannelMode;
  setBy: string;
  at: number;
}

/** True for the modes in which the bot answers a channel's new messages without a mention. */
export function answersUnmentioned(mode: ChannelMode): boolean {
  return mode === 'auto' || mode === 'confident';
}
