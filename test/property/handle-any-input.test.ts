import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Advisor } from '../../src/advisor.js';
import type { CoreMessage } from '../../src/message.js';
import { renderPlainText } from '../../src/render/plain-text.js';
import { replySchema, type Reply } from '../../src/reply.js';
import { coreAdvisor } from '../fakes/core-advisor.js';

/** Pieces people (and attackers) paste: mentions and broadcasts of both platforms, Markdown, fences, control characters. */
const FRAGMENTS = [
  '<!channel>', '<!here>', '<!everyone>', '<@U123>', '<@U123|alice>', '<#C42|general>', '@everyone', '@here', '@channel',
  '<@123456789012345678>', '<@!123>', '<@&456>', '<#789>', '<a:wave:112233>', '@​everyone',
  '```js\nalert(1)\n```', '`code`', '**bold**', '_it_', '~~strike~~', '> quote', '# Heading', '- bullet', '[x](javascript:alert(1))',
  '[click](https://evil.example/)', '<script>alert(1)</script>', '&lt;!channel&gt;', '\u0000', '\u0007', '\u001b[31m', '\r\n', '\u202e', '\u200b',
  '\uFEFF', '\uD83D\uDE00', '\uD800', 'ẞ', 'ﬁ', 'Ａ', '$0.0464', 'ml.t2.medium', 'tell me more', 'why?', 'any examples?', 'help', 'cost-control',
  'topic:cost-control', 'entry:aws-free-tier', 'feedback:down:aws-free-tier', 'path:start', 'how much is a sagemaker notebook', ' ', '\n\n',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.oneof(fragment, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(' ')),
);
const actionId = fc.oneof(
  text,
  fc.tuple(fc.constantFrom('topic:', 'entry:', 'path:', 'path:start:', 'feedback:up:', 'feedback:down:', 'feedback:comment:', 'menu', 'help'), text).map(([a, b]) => a + b),
);
const kind = fc.constantFrom('dm', 'mention', 'command', 'action') as fc.Arbitrary<CoreMessage['kind']>;

const messageOf = (k: CoreMessage['kind'], body: string, input: string | undefined, thread: number): CoreMessage => ({
  platform: thread % 2 ? 'slack' : 'discord',
  kind: k,
  text: body,
  userId: 'U-prop',
  conversationId: `C-${thread}`,
  ...(thread % 3 ? { threadId: `T-${thread}` } : {}),
  ...(input !== undefined ? { input } : {}),
});
const messages = fc
  .tuple(kind, fc.integer({ min: 0, max: 5 }), fc.option(text, { nil: undefined }))
  .chain(([k, thread, input]) => (k === 'action' ? actionId : text).map((body) => messageOf(k, body, input, thread)));

const PINGS = ['@everyone', '@here', '<!channel>', '<!here>', '<!everyone>', '<@'];
const MAX_TEXT = 20_000;

function checkReply(reply: Reply): void {
  const parsed = replySchema.safeParse(reply);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  const plain = renderPlainText(reply);
  expect(plain.length).toBeLessThan(MAX_TEXT);
  const visible = [plain, reply.title, reply.body, ...reply.actions.map((a) => a.label), ...reply.sources.map((s) => s.label)].join('\n');
  for (const ping of PINGS) expect(visible.toLowerCase()).not.toContain(ping);
  expect(visible).not.toContain('javascript:');
  expect(visible).not.toContain('<script');
}

describe('handle on arbitrary input (fast-check)', () => {
  let advisor: Advisor;
  beforeAll(async () => {
    ({ advisor } = await coreAdvisor({ settings: { rateLimit: null } }));
  });

  it('GIVEN any text as a dm, mention, command or action THEN no throw, a valid and bounded reply that pings nobody', async () => {
    await fc.assert(
      fc.asyncProperty(messages, async (m) => {
        checkReply(await advisor.handle(m));
      }),
      { numRuns: 200, seed: 20261129 },
    );
  });

  it('GIVEN any text THEN also with a fresh random seed (new inputs every run)', async () => {
    await fc.assert(fc.asyncProperty(messages, async (m) => checkReply(await advisor.handle(m))), { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) });
  });

  it('GIVEN 100 kB messages of mentions, Markdown and noise THEN the same holds', async () => {
    const huge = fc
      .tuple(kind, fc.array(fragment, { minLength: 1, maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 50 }))
      .map(([k, parts, noise]) => {
        const unit = `${parts.join(' ')} ${noise} `;
        return messageOf(k, unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000), k === 'action' ? unit.repeat(3000) : undefined, 1);
      });
    await fc.assert(fc.asyncProperty(huge, async (m) => checkReply(await advisor.handle(m))), { numRuns: 6, seed: 7 });
  });
});
