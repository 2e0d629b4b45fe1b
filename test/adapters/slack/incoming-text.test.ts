import { describe, expect, it } from 'vitest';
import { cleanIncomingText, maxQuestionChars } from '../../../adapters/slack/incoming-text.js';

describe('GIVEN Slack-encoded message text', () => {
  it.each([
    ['<@UBOT> how do we start?', 'how do we start?'],
    ['hey <@UBOT|ml-advisor>, costs?', 'hey , costs?'],
    ['see <https://aws.amazon.com/sagemaker/|SageMaker> and <https://example.com>', 'see SageMaker and https://example.com'],
    ['in <#C123|ml-team> please', 'in #ml-team please'],
    ['a &lt;b&gt; &amp;&amp; c', 'a <b> && c'],
    ['<!channel> <@U0BOB> hi', '<!channel> <@U0BOB> hi'],
    ['  lots\n\n of   space ', 'lots of space'],
  ])('%j → %j', (input, expected) => {
    expect(cleanIncomingText(input, 'UBOT')).toBe(expected);
  });

  it('THEN a huge paste is cut to a bounded question', () => {
    expect(cleanIncomingText('a'.repeat(60_000), 'UBOT')).toHaveLength(maxQuestionChars);
    expect(cleanIncomingText('a'.repeat(30_000), 'UBOT')).toHaveLength(30_000);
  });
});
