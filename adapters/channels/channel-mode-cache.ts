import type { Logger } from 'pino';
import type { Advisor } from '../../src/advisor.js';
import { defaultChannelMode, type ChannelMode } from '../../src/channels/channel-mode.js';

interface Cached {
  mode: ChannelMode;
  until: number;
}

/** What the cache is for: the platform whose channels it reads, and how long a mode read is trusted. */
export interface ChannelModeCacheOptions {
  platform: 'slack' | 'discord';
  /** 0 reads the store every time. */
  ttlMs: number;
  clock?: () => number;
  /** Past this many channels, the oldest entry is dropped (a bot in many workspaces or servers reads many). */
  max?: number;
}

/**
 * Each channel's mode as the store keeps it, remembered for `ttlMs`, so that deciding on a channel message (before
 * the platform's acknowledgement) does not read the store for every message of a busy channel. A mode set through
 * another replica or shard (the store is shared) is seen once the entry expires; one set through this process is
 * seen at once (`forget` after `/ml-start channel`). When the store cannot be read, the last known mode stands,
 * else `mention`: a message nobody addressed to the bot is then left alone rather than refused or answered.
 */
export class ChannelModeCache {
  private readonly cache = new Map<string, Cached>();
  private readonly clock: () => number;
  private readonly max: number;

  constructor(
    private readonly advisor: Pick<Advisor, 'channelMode'>,
    private readonly logger: Logger,
    private readonly options: ChannelModeCacheOptions,
  ) {
    this.clock = options.clock ?? Date.now;
    this.max = options.max ?? 10_000;
  }

  async get(channelId: string): Promise<ChannelMode> {
    const now = this.clock();
    const cached = this.cache.get(channelId);
    if (cached && cached.until > now) return cached.mode;
    try {
      const mode = await this.advisor.channelMode(this.options.platform, channelId);
      this.remember(channelId, mode, now);
      return mode;
    } catch (err) {
      this.logger.warn({ err, channel: channelId }, 'cannot read the channel mode; using the last known one');
      return cached?.mode ?? defaultChannelMode;
    }
  }

  /** Drops a channel's entry (its mode was just set here). */
  forget(channelId: string): void {
    this.cache.delete(channelId);
  }

  private remember(channelId: string, mode: ChannelMode, now: number): void {
    if (this.options.ttlMs <= 0) return;
    this.cache.delete(channelId);
    this.cache.set(channelId, { mode, until: now + this.options.ttlMs });
    if (this.cache.size > this.max) this.cache.delete(this.cache.keys().next().value as string);
  }
}
