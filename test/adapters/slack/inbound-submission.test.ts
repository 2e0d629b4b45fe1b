import { describe, expect, it } from 'vitest';
import { inboundFromSubmission } from '../../../adapters/slack/inbound-submission.js';
import { feedbackSubmission } from '../../fakes/slack-payloads.js';
import { capturingLogger } from '../../fakes/slack-harness.js';

const meta = JSON.stringify({ entryId: 'spot-training', channelId: 'C0GENERAL', threadId: '1700000000.000001' });

describe('GIVEN the 👎 form submitted, before the ack closes it', () => {
  it('THEN its comment is recorded under the view id, for the core as feedback:comment, and nothing is sent back', () => {
    const { logger } = capturingLogger();
    const body = feedbackSubmission(meta, 'x'.repeat(3_000));
    const item = inboundFromSubmission({ logger }, body, 5_000);
    expect(item).toMatchObject({
      key: `slack:view:${String((body.view as { id: string }).id)}`,
      platform: 'slack',
      route: { noReply: true },
      receivedAt: 5_000,
      message: { kind: 'action', text: 'feedback:comment:spot-training', conversationId: 'C0GENERAL', threadId: '1700000000.000001', userId: 'U0ALICE' },
    });
    expect(item?.message.input).toHaveLength(1_000);
  });

  it('THEN two forms get two keys, and a form without its metadata or another view is not recorded', () => {
    const { logger, lines } = capturingLogger();
    const [a, b] = [feedbackSubmission(meta, 'a'), feedbackSubmission(meta, 'b')].map((s) => inboundFromSubmission({ logger }, s, 0));
    expect(a?.key).not.toBe(b?.key);
    expect(inboundFromSubmission({ logger }, feedbackSubmission('{not json', 'c'), 0)).toBeUndefined();
    expect(lines.some((l) => String(l.msg).includes('without its metadata'))).toBe(true);
    const other = feedbackSubmission(meta, 'd');
    (other.view as { callback_id: string }).callback_id = 'someone-elses-form';
    expect(inboundFromSubmission({ logger }, other, 0)).toBeUndefined();
    expect(inboundFromSubmission({ logger }, { type: 'block_actions' }, 0)).toBeUndefined();
  });
});
