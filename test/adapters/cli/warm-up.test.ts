import { describe, expect, it } from 'vitest';
import { warmUp } from '../../../adapters/cli/warm-up.js';
import type { Reply } from '../../../src/reply.js';
import { brokenStore, coreAdvisor } from '../../fakes/core-advisor.js';
import { shippedKnowledge, silentLogger } from '../../fakes/test-advisor.js';

describe('the start-up warm-up', () => {
  it('GIVEN the real advisor on a store that is down THEN it answers and renders questions for each platform without touching that store', async () => {
    const { advisor } = await coreAdvisor({ store: brokenStore() });
    const rendered: { slack: Reply[]; discord: Reply[] } = { slack: [], discord: [] };
    await warmUp(
      await shippedKnowledge(),
      advisor,
      { slack: (reply) => rendered.slack.push(reply), discord: (reply) => rendered.discord.push(reply) },
      silentLogger(),
    );
    expect(rendered.slack).toHaveLength(30);
    expect(rendered.discord).toHaveLength(30);
    // Real answers under a pain point (the knowledge's own examples), not apologies for a store that is down.
    expect(rendered.slack.every((reply) => reply.outcome === 'answer' && reply.painPoint !== null)).toBe(true);
    expect(rendered.slack.map((reply) => reply.painPoint)).toEqual(rendered.discord.map((reply) => reply.painPoint));
  });

  it('GIVEN only one platform THEN only its renderer runs', async () => {
    const { advisor } = await coreAdvisor();
    let discord = 0;
    await warmUp(await shippedKnowledge(), advisor, { discord: () => (discord += 1) }, silentLogger());
    expect(discord).toBe(30);
  });
});
