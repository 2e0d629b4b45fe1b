import { describe, expect, it } from 'vitest';
import { renderReply, type KnownBlock } from '../../../adapters/slack/render-blocks.js';
import type { Reply } from '../../../src/reply.js';

const reply = (over: Partial<Reply> = {}): Reply => ({
  outcome: 'answer', painPoint: 'cost-control', entryId: 'spot-training', confidence: 0.9,
  title: 'Train on Spot capacity', body: 'Use **managed Spot** training, see [the guide](https://example.com/a?b=1&c=2).\n\n- cheaper\n- `checkpoint` often',
  sources: [{ label: 'SageMaker docs', url: 'https://docs.aws.amazon.com/sagemaker/' }],
  actions: [{ id: 'entry:checkpointing', label: 'Checkpointing' }, { id: 'topic:cost-control', label: 'Cost control', style: 'primary' }],
  feedback: true, ...over,
});

type Block = KnownBlock & { text?: { type: string; text: string }; elements?: { action_id: string; value: string; text: { text: string } }[] };
const blocksOf = (r: Reply): Block[] => renderReply(r).flatMap((m) => m.blocks as Block[]);

describe('GIVEN a core reply rendered as Block Kit', () => {
  it('THEN header, mrkdwn section, sources context, action buttons and 👍/👎, in that order', () => {
    const blocks = blocksOf(reply());
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'context', 'actions', 'actions']);
    expect(blocks[0]?.text?.text).toBe('Train on Spot capacity');
    expect(blocks[1]?.text?.text).toBe(
      'Use *managed Spot* training, see <https://example.com/a?b=1&amp;c=2|the guide>.\n\n• cheaper\n• `checkpoint` often',
    );
    expect(JSON.stringify(blocks[2])).toContain('<https://docs.aws.amazon.com/sagemaker/|SageMaker docs>');
    expect(blocks[3]?.elements?.map((e) => e.value)).toEqual(['entry:checkpointing', 'topic:cost-control']);
    expect(blocks[4]?.elements?.map((e) => e.value)).toEqual(['feedback:up:spot-training', 'feedback:down:spot-training']);
    const ids = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []).map((e) => e.action_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('mla:'))).toBe(true);
  });

  it('THEN the text fallback is the plain-text rendering, escaped', () => {
    const [message] = renderReply(reply({ body: 'a <!here> & b' }));
    expect(message?.text).toContain('a &lt;!here&gt; &amp; b');
    expect(message?.text).toContain('Train on Spot capacity');
  });

  it('THEN no 👍/👎 when the core does not ask for feedback, and no empty blocks', () => {
    const blocks = blocksOf(reply({ feedback: false, sources: [], actions: [], title: '' }));
    expect(blocks.map((b) => b.type)).toEqual(['section']);
  });

  it('WHEN user text with mentions is echoed THEN nothing can ping, in any field', () => {
    const sent = JSON.stringify(renderReply(reply({ title: 'Re: <!channel>', body: '<!here> **<@U1>** [<!everyone>](https://x.io)', actions: [{ id: 'menu', label: '<!channel>' }] })));
    expect(sent).not.toMatch(/<[!@#]/);
  });

  it('WHEN a reply tags the experts THEN it starts with their group mention, the only mention in it', () => {
    const tagged = reply({ tagExperts: true, title: 'I have asked a person', body: 'They will answer <!here>.' });
    const [message] = renderReply(tagged, { expertsMention: '<!subteam^S0EXPERTS>' });
    expect(message?.text.startsWith('<!subteam^S0EXPERTS> ')).toBe(true);
    expect((message?.blocks as Block[]).map((b) => b.type)).toEqual(['section', 'header', 'section', 'context', 'actions', 'actions']);
    expect((message?.blocks[0] as Block).text).toEqual({ type: 'mrkdwn', text: '<!subteam^S0EXPERTS>' });
    expect(JSON.stringify(message).replaceAll('<!subteam^S0EXPERTS>', '')).not.toMatch(/<[!@#]/);
  });

  it('WHEN a reply does not tag the experts, or no group is set THEN no mention at all', () => {
    const plain = JSON.stringify(renderReply(reply(), { expertsMention: '<!subteam^S0EXPERTS>' }));
    const noGroup = JSON.stringify(renderReply(reply({ tagExperts: true })));
    for (const sent of [plain, noGroup]) expect(sent).not.toMatch(/<[!@#]/);
  });

  it('WHEN the body is huge THEN each section ≤ 3,000 chars, each message ≤ 50 blocks, and the reply is bounded', () => {
    const paragraph = 'word '.repeat(700).trim();
    const body = Array.from({ length: 400 }, () => paragraph).join('\n\n');
    const messages = renderReply(reply({ body }));
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(4);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(50);
      for (const b of m.blocks as Block[]) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
      expect(m.text.length).toBeLessThanOrEqual(3000);
    }
    const last = messages.at(-1)!.blocks as Block[];
    expect(last.at(-1)?.elements?.[0]?.value).toBe('feedback:up:spot-training');
    expect(JSON.stringify(last)).toContain('answer shortened');
  });

  it('WHEN one paragraph exceeds 3,000 chars THEN it is cut at a word into several sections', () => {
    const blocks = blocksOf(reply({ body: 'lorem ipsum '.repeat(600), sources: [], actions: [], feedback: false, title: '' }));
    expect(blocks.length).toBe(3);
    expect(blocks.every((b) => b.text!.text.length <= 3000 && !b.text!.text.startsWith(' '))).toBe(true);
  });
});
