import type { Logger } from 'pino';
import type { Advisor } from '../../src/advisor.js';
import type { ChannelMode } from '../../src/channels/channel-mode.js';

/**
 * How long this process trusts a channel mode it read: every guild message looks its channel's mode up, and a mode
 * set through another replica or shard (the store is shared) is seen at the latest this long after.
 */
export const CHANNEL_MODE_TTL_MS = 3_000;

/** Past this many remembered channels, the expired ones are dropped (a bot in many servers reads many channels). */
const PRUNE_AT = 10_000;

/** Channel modes as the store keeps them, read through a short per-process cache. */
export interface ChannelModes {
  /** The channel's mode, or undefined when the store could not be read (the caller treats it as `mention`). */
  of(channelId: string): Promise<ChannelMode | undefined>;
  /** Drops what this process remembers of a channel (after `/ml-start channel` was answered here). */
  forget(channelId: string): void;
}

export function cachedChannelModes(
  advisor: Pick<Advisor, 'channelMode'>,
  clock: () => number,
  logger: Logger,
  ttlMs = CHANNEL_MODE_TTL_MS,
): ChannelModes {
  const known = new Map<string, { mode: ChannelMode; until: number }>();
  const prune = (now: number): void => {
    for (const [id, entry] of known) if (entry.until <= now) known.delete(id);
  };
  return {
    async of(channelId) {
      const now = clock();
      const cached = known.get(channelId);
      if (cached && cached.until > now) return cached.mode;
      try {
        const mode = await advisor.channelMode('discord', channelId);
        if (known.size >= PRUNE_AT) prune(now);
        known.set(channelId, { mode, until: now + ttlMs });
        return mode;
      } catch (err) {
        logger.warn({ err, channelId }, 'store: reading a channel mode failed; treating it as mention');
        return undefined;
      }
    },
    forget(channelId) {
      known.delete(channelId);
    },
  };
}
