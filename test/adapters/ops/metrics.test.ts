import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../adapters/ops/metrics.js';

describe('createMetrics', () => {
  it('GIVEN replies THEN counts questions by platform, outcome and pain point, none when there is no pain point', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.observeReply({ outcome: 'answer', painPoint: 'data-quality' }, 'slack', 0.02);
    metrics.observeReply({ outcome: 'answer', painPoint: 'data-quality' }, 'slack', 0.03);
    metrics.observeReply({ outcome: 'fallback', painPoint: null }, 'discord', 0.2);
    const text = await metrics.registry.metrics();
    expect(text).toContain('ml_advisor_questions_total{platform="slack",outcome="answer",pain_point="data-quality"} 2');
    expect(text).toContain('ml_advisor_questions_total{platform="discord",outcome="fallback",pain_point="none"} 1');
  });

  it('GIVEN latencies THEN fills the histogram per platform', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.observeReply({ outcome: 'answer', painPoint: 'x' }, 'slack', 0.004);
    metrics.observeReply({ outcome: 'answer', painPoint: 'x' }, 'slack', 0.3);
    metrics.observeReply({ outcome: 'answer', painPoint: 'x' }, 'slack', Number.NaN);
    const text = await metrics.registry.metrics();
    expect(text).toContain('ml_advisor_reply_duration_seconds_bucket{le="0.005",platform="slack"} 1');
    expect(text).toContain('ml_advisor_reply_duration_seconds_bucket{le="0.5",platform="slack"} 2');
    expect(text).toContain('ml_advisor_reply_duration_seconds_count{platform="slack"} 2');
    expect(text).toMatch(/ml_advisor_reply_duration_seconds_sum\{platform="slack"\} 0\.304/);
  });

  it('GIVEN platform errors THEN counts them by platform', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.countPlatformError('discord');
    metrics.countPlatformError('discord');
    metrics.countPlatformError('slack');
    const text = await metrics.registry.metrics();
    expect(text).toContain('ml_advisor_platform_errors_total{platform="discord"} 2');
    expect(text).toContain('ml_advisor_platform_errors_total{platform="slack"} 1');
  });

  it('GIVEN two bots in one process THEN their registries are separate and carry process metrics', async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.countPlatformError('slack');
    const text = await second.registry.metrics();
    expect(text).not.toContain('ml_advisor_platform_errors_total{platform="slack"}');
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });
});
