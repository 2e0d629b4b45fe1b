import { describe, expect, it } from 'vitest';
import { instrumentAdvisor } from '../../../adapters/ops/instrument-advisor.js';
import { createMetrics } from '../../../adapters/ops/metrics.js';
import type { Advisor } from '../../../src/advisor.js';
import type { CoreMessage } from '../../../src/message.js';
import { shippedKnowledge, testAdvisor } from '../../fakes/test-advisor.js';
import { mentionOnly } from '../../fakes/core-advisor.js';

const base = { userId: 'U1', conversationId: 'C1' } as const;

describe('instrumentAdvisor', () => {
  it('GIVEN a real advisor THEN returns its replies unchanged and records them by what the core answered', async () => {
    const { advisor } = await testAdvisor();
    const { advisor: reference } = await testAdvisor();
    const metrics = createMetrics({ defaultMetrics: false });
    const ticks = [10, 10 + 42];
    const instrumented = instrumentAdvisor(advisor, metrics, () => ticks.shift() ?? 0);
    const entry = (await shippedKnowledge()).entries[0];
    expect(entry).toBeDefined();
    const message: CoreMessage = { ...base, platform: 'discord', kind: 'action', text: `entry:${entry?.id}` };

    const reply = await instrumented.handle(message);

    expect(reply).toEqual(await reference.handle(message));
    expect(instrumented.index).toBe(advisor.index);
    const text = await metrics.registry.metrics();
    const painPoint = reply.painPoint ?? 'none';
    expect(text).toContain(`ml_advisor_questions_total{platform="discord",outcome="${reply.outcome}",pain_point="${painPoint}"} 1`);
    expect(text).toContain('ml_advisor_reply_duration_seconds_bucket{le="0.05",platform="discord"} 1');
    expect(text).toContain('ml_advisor_reply_duration_seconds_bucket{le="0.025",platform="discord"} 0');
  });

  it('GIVEN the core throws THEN rethrows and records nothing', async () => {
    const failing: Advisor = { ...mentionOnly, index: undefined as unknown as Advisor['index'], handle: () => Promise.reject(new Error('core down')) };
    const metrics = createMetrics({ defaultMetrics: false });
    await expect(instrumentAdvisor(failing, metrics).handle({ ...base, platform: 'slack', kind: 'dm', text: 'hi' })).rejects.toThrow('core down');
    expect(await metrics.registry.metrics()).not.toContain('ml_advisor_questions_total{');
  });
});
