import { describe, expect, it } from 'vitest';
import type { Respond } from '../../../adapters/slack/ephemeral-reply.js';
import { onMlStart } from '../../../adapters/slack/on-ml-start.js';
import type { SlackDeps } from '../../../adapters/slack/slack-deps.js';
import { slackTestDeps } from '../../fakes/slack-deps.js';
import { capturingLogger } from '../../fakes/slack-harness.js';
import { testAdvisor } from '../../fakes/test-advisor.js';

const command = { text: 'how do we start?', user_id: 'U1', channel_id: 'C1', team_id: 'T1' };

async function deps(handle?: SlackDeps['advisor']['handle']): Promise<{ deps: SlackDeps; lines: Record<string, unknown>[] }> {
  const { advisor, store } = await testAdvisor();
  const { logger, lines } = capturingLogger();
  return { deps: slackTestDeps(handle ? { ...advisor, handle } : advisor, store, logger), lines };
}

describe('GIVEN the /ml-start handler called directly (no Bolt app)', () => {
  it('THEN it acks before asking the core, and answers ephemerally through respond()', async () => {
    const order: string[] = [];
    const { deps: d } = await deps(async (m) => {
      order.push(`core:${m.kind}:${m.text}`);
      return (await testAdvisor()).advisor.handle(m);
    });
    const responses: Parameters<Respond>[0][] = [];
    await onMlStart(d)({
      command,
      ack: async () => void order.push('ack'),
      respond: async (message) => void responses.push(message),
    });
    expect(order).toEqual(['ack', 'core:command:how do we start?']);
    expect(responses[0]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });

  it('WHEN respond() fails THEN the error is logged, not thrown', async () => {
    const { deps: d, lines } = await deps();
    await expect(
      onMlStart(d)({ command, ack: async () => undefined, respond: () => Promise.reject(new Error('response_url expired')) }),
    ).resolves.toBeUndefined();
    expect(lines.some((l) => l.level === 50 && (l.err as { message: string }).message === 'response_url expired')).toBe(true);
  });
});
