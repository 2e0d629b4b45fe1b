import { describe, expect, it } from 'vitest';
import { readsAsQuestion } from '../../src/channels/reads-as-question.js';

describe('readsAsQuestion', () => {
  it.each([
    'how do we get our PoC into production?',
    'Should we use Kubernetes or a managed service to serve our models',
    'We need to label 100k images and have no annotators',
    "we're struggling with GPU costs for our training jobs",
    'Any advice on feature stores for a small team',
    'is Bedrock better than SageMaker for us',
    'Our model works in the notebook. Not sure how to deploy it.',
    'what’s the best way to monitor drift？',
  ])('GIVEN a question or a request for help (%s) THEN it reads as a question', (text) => {
    expect(readsAsQuestion(text)).toBe(true);
  });

  it.each([
    'lunch?',
    'anyone?',
    'thanks!',
    'good morning everyone',
    'Deployed the new dashboard to staging today.',
    'lol',
    '',
    '   ',
    '```\nTraceback (most recent call last):\n  File "train.py", line 3\n```',
    '<@U123> <!channel>',
    'https://example.com/why-is-this?',
  ])('GIVEN chatter, a bare paste or a link (%j) THEN it does not', (text) => {
    expect(readsAsQuestion(text)).toBe(false);
  });

  it('GIVEN a huge message THEN it answers without trouble', () => {
    expect(readsAsQuestion(`how do we start? ${'word '.repeat(200_000)}`)).toBe(true);
  });
});
