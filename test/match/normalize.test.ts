import { describe, expect, it } from 'vitest';
import { MAX_MATCH_CHARS, normalize, words } from '../../src/match/normalize.js';

describe('normalize', () => {
  it.each([
    ['Slack mentions and broadcasts', '<@U123ABC> hi <!channel> <!here> <#C42|general> there', 'hi there'],
    ['Discord mentions, roles, @everyone and emoji', '<@123456> <@!987> <@&456> @everyone @here hi <:ok:112233> there', 'hi there'],
    ['URLs', 'see https://example.com/a?b=c and http://ml.aws please', 'see and please'],
    ['accents and case', 'Café RÉSUMÉ Naïve', 'cafe resume naive'],
    ['punctuation', 'what?! (really) — yes...', 'what really yes'],
    ['apostrophes', "what's the team's plan", 'whats the teams plan'],
  ])('GIVEN %s THEN %j becomes %j', (_what, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('GIVEN a dotted instance name and a price THEN the dots inside are kept and $ becomes a word', () => {
    const n = normalize('Is ml.t2.medium really $0.0464/hour?');
    expect(n.split(' ')).toEqual(expect.arrayContaining(['ml.t2.medium', 'dollar', '0.0464', 'hour']));
    expect(n).not.toMatch(/[?$/]/);
  });

  it('GIVEN a sentence-ending dot THEN it is removed', () => {
    expect(normalize('We use SageMaker. It works.')).toBe('we use sagemaker it works');
  });

  it('GIVEN a 100 kB message THEN only the first MAX_MATCH_CHARS are used', () => {
    const huge = 'sagemaker '.repeat(10_000);
    const n = normalize(huge);
    expect(huge.length).toBe(100_000);
    expect(n.length).toBeLessThanOrEqual(MAX_MATCH_CHARS);
    expect(n.startsWith('sagemaker sagemaker')).toBe(true);
  });

  it('GIVEN only markup and symbols THEN the result is empty', () => {
    expect(normalize('<@U1> <!here> @everyone ??? !!! https://x.y/z')).toBe('');
  });
});

describe('words', () => {
  it('GIVEN a dotted name THEN it yields the whole name and its parts; numbers stay whole', () => {
    expect(words('price of ml.t2.medium is 0.0464')).toEqual(['price', 'of', 'ml.t2.medium', 'ml', 't2', 'medium', 'is', '0.0464']);
    expect(words(normalize('ml.t2.medium'))).toEqual(expect.arrayContaining(['ml', 't2', 'medium']));
  });
  it('GIVEN messages normalized in turn THEN each gets its own result (the last one is remembered, not reused for another)', () => {
    expect(normalize('Hello SageMaker')).toBe('hello sagemaker');
    expect(normalize('Bye Bedrock')).toBe('bye bedrock');
    expect(normalize('Hello SageMaker')).toBe('hello sagemaker');
    expect(normalize('')).toBe('');
  });
});
