import { describe, expect, it } from 'vitest';
import { ChannelModes } from '../../../adapters/slack/channel-modes.js';
import type { ChannelMode } from '../../../src/channels/channel-mode.js';
import { manualClock } from '../../fakes/core-messages.js';
import { capturingLogger } from '../../fakes/slack-harness.js';

/** A store of modes the test changes, counting reads, that fails while `down`. */
function modesStore(): { modes: Map<string, ChannelMode>; reads: number; down: boolean; channelMode(p: string, c: string): Promise<ChannelMode> } {
  const store = {
    modes: new Map<string, ChannelMode>(),
    reads: 0,
    down: false,
    async channelMode(_platform: string, channelId: string): Promise<ChannelMode> {
      store.reads += 1;
      if (store.down) throw new Error('database is down');
      return store.modes.get(channelId) ?? 'mention';
    },
  };
  return store;
}

describe('GIVEN the per-process channel mode cache', () => {
  it('WHEN a mode changes in the store (another replica) THEN it is seen once the entry expires, not before', async () => {
    const store = modesStore();
    const clock = manualClock();
    const modes = new ChannelModes(store, capturingLogger().logger, 5_000, clock.now);
    expect(await modes.get('C1')).toBe('mention');
    store.modes.set('C1', 'auto');
    clock.advance(4_999);
    expect(await modes.get('C1')).toBe('mention');
    expect(store.reads).toBe(1);
    clock.advance(1);
    expect(await modes.get('C1')).toBe('auto');
    expect(store.reads).toBe(2);
  });

  it('WHEN the mode is set through this process (forget) or the TTL is 0 THEN the store is read again at once', async () => {
    const store = modesStore();
    const cached = new ChannelModes(store, capturingLogger().logger, 60_000);
    const uncached = new ChannelModes(store, capturingLogger().logger, 0);
    await cached.get('C1');
    await uncached.get('C1');
    store.modes.set('C1', 'confident');
    cached.forget('C1');
    expect(await cached.get('C1')).toBe('confident');
    expect(await uncached.get('C1')).toBe('confident');
  });

  it('WHEN the store cannot be read THEN the last known mode stands, else mention, with a warning', async () => {
    const store = modesStore();
    const clock = manualClock();
    const { logger, lines } = capturingLogger();
    const modes = new ChannelModes(store, logger, 1_000, clock.now);
    store.modes.set('C1', 'auto');
    await modes.get('C1');
    store.down = true;
    clock.advance(2_000);
    expect(await modes.get('C1')).toBe('auto');
    expect(await modes.get('C2')).toBe('mention');
    expect(lines.filter((l) => l.level === 40)).toHaveLength(2);
  });
});
