import { describe, expect, it } from 'vitest';
import { cachedChannelModes, CHANNEL_MODE_TTL_MS } from '../../../adapters/discord/channel-modes.js';
import type { ChannelMode } from '../../../src/channels/channel-mode.js';
import { silentLogger } from '../../fakes/test-advisor.js';

/** A store of modes that counts its reads, and a clock the test moves. */
function setup() {
  const stored = new Map<string, ChannelMode>();
  let reads = 0;
  let failing = false;
  let now = 1_000;
  const advisor = {
    async channelMode(_platform: string, channelId: string): Promise<ChannelMode> {
      reads += 1;
      if (failing) throw new Error('store down');
      return stored.get(channelId) ?? 'mention';
    },
  };
  const modes = cachedChannelModes(advisor, () => now, silentLogger());
  return {
    modes, stored,
    reads: () => reads,
    fail: (on: boolean) => void (failing = on),
    advance: (ms: number) => void (now += ms),
  };
}

describe('GIVEN channel modes read through the per-process cache', () => {
  it('WHEN a channel is looked up again within the TTL THEN the store is read once, and a change made elsewhere is seen after the TTL', async () => {
    const t = setup();
    expect(await t.modes.of('c1')).toBe('mention');
    t.stored.set('c1', 'auto');
    expect(await t.modes.of('c1')).toBe('mention');
    expect(t.reads()).toBe(1);
    t.advance(CHANNEL_MODE_TTL_MS);
    expect(await t.modes.of('c1')).toBe('auto');
    expect(t.reads()).toBe(2);
  });

  it('WHEN this process forgets a channel (it answered /ml-start channel there) THEN the next lookup reads the store', async () => {
    const t = setup();
    await t.modes.of('c1');
    t.stored.set('c1', 'confident');
    t.modes.forget('c1');
    expect(await t.modes.of('c1')).toBe('confident');
  });

  it('WHEN the store cannot be read THEN the mode is unknown (treated as mention) and the next lookup tries again', async () => {
    const t = setup();
    t.fail(true);
    expect(await t.modes.of('c1')).toBeUndefined();
    t.fail(false);
    t.stored.set('c1', 'auto');
    expect(await t.modes.of('c1')).toBe('auto');
  });
});
