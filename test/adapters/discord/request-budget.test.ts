import { REST, RESTEvents } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { discordBacklogRoom, whenRoom } from '../../../adapters/discord/request-budget.js';

describe("GIVEN Discord's request budget of 50 a second", () => {
  it('THEN the backlog gets room only from what the last second left, keeping a share for new replies', () => {
    const rest = new REST();
    let now = 10_000;
    const room = discordBacklogRoom(rest, () => now);
    const respond = (n: number) => {
      for (let i = 0; i < n; i++) rest.emit(RESTEvents.Response, {} as never, {} as never);
    };
    expect(room()).toBe(17); // (50 × 0.7) / 2 requests a reply
    respond(30);
    expect(room()).toBe(2);
    respond(10);
    expect(room()).toBeLessThanOrEqual(0);
    now += 1_001;
    expect(room()).toBe(17);
  });

  it('THEN a history read waits for room, and not longer than its limit', async () => {
    let room = 0;
    const started = Date.now();
    setTimeout(() => (room = 3), 250);
    await whenRoom(() => room, 5_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    const capped = Date.now();
    await whenRoom(() => 0, 300);
    expect(Date.now() - capped).toBeGreaterThanOrEqual(290);
    expect(Date.now() - capped).toBeLessThan(2_000);
  });
});
