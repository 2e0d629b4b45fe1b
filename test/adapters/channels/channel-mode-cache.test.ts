import { describe, expect, it } from 'vitest';
import { ChannelModeCache } from '../../../adapters/channels/channel-mode-cache.js';
import type { ChannelMode } from '../../../src/channels/channel-mode.js';
import { manualClock } from '../../fakes/core-messages.js';
import { capturingLogger } from '../../fakes/slack-harness.js';

/** A store of modes the test changes, counting reads (and which platform asked), that fails while `down`. */
function modesStore() {
  const store = {
    modes: new Map<string, ChannelMode>(),
    reads: 0,
    platforms: new Set<string>(),
    down: false,
    async channelMode(platform: string, channelId: string): Promise<ChannelMode> {
      store.reads += 1;
      store.platforms.add(platform);
      if (store.down) throw new Error('database is down');
      return store.modes.get(channelId) ?? 'mention';
    },
  };
  return store;
}

describe('GIVEN the per-process channel mode cache (Slack and Discord)', () => {
  it('WHEN a mode changes in the store (another replica) THEN it is seen once the entry expires, not before', async () => {
    const store = modesStore();
    const clock = manualClock();
    const modes = new ChannelModeCache(store, capturingLogger().logger, { platform: 'discord', ttlMs: 5_000, clock: clock.now });
    expect(await modes.get('C1')).toBe('mention');
    store.modes.set('C1', 'auto');
    clock.advance(4_999);
    expect(await modes.get('C1')).toBe('mention');
    expect(store.reads).toBe(1);
    clock.advance(1);
    expect(await modes.get('C1')).toBe('auto');
    expect(store.reads).toBe(2);
    expect([...store.platforms]).toEqual(['discord']);
  });

  it('WHEN the mode is set through this process (forget) or the TTL is 0 THEN the store is read again at once', async () => {
    const store = modesStore();
    const cached = new ChannelModeCache(store, capturingLogger().logger, { platform: 'slack', ttlMs: 60_000 });
    const uncached = new ChannelModeCache(store, capturingLogger().logger, { platform: 'slack', ttlMs: 0 });
    await cached.get('C1');
    await uncached.get('C1');
    store.modes.set('C1', 'confident');
    cached.forget('C1');
    expect(await cached.get('C1')).toBe('confident');
    expect(await uncached.get('C1')).toBe('confident');
  });

  it('WHEN the store cannot be read THEN the last known mode stands, else mention, with a warning, and the next lookup tries again', async () => {
    const store = modesStore();
    const clock = manualClock();
    const { logger, lines } = capturingLogger();
    const modes = new ChannelModeCache(store, logger, { platform: 'slack', ttlMs: 1_000, clock: clock.now });
    store.modes.set('C1', 'auto');
    await modes.get('C1');
    store.down = true;
    clock.advance(2_000);
    expect(await modes.get('C1')).toBe('auto');
    expect(await modes.get('C2')).toBe('mention');
    expect(lines.filter((l) => l.level === 40)).toHaveLength(2);
    store.down = false;
    store.modes.set('C2', 'confident');
    expect(await modes.get('C2')).toBe('confident');
  });

  it('WHEN more channels than the limit are read THEN the oldest entry is dropped, not the newest', async () => {
    const store = modesStore();
    const modes = new ChannelModeCache(store, capturingLogger().logger, { platform: 'discord', ttlMs: 60_000, max: 2 });
    await modes.get('C1');
    await modes.get('C2');
    await modes.get('C3');
    expect(store.reads).toBe(3);
    await modes.get('C3');
    await modes.get('C2');
    expect(store.reads).toBe(3);
    await modes.get('C1');
    expect(store.reads).toBe(4);
  });
});
