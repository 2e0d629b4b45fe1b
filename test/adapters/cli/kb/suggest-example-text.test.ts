import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exampleText } from '../../../../adapters/cli/kb/suggest-example-text.js';
import { insertExamples } from '../../../../adapters/cli/kb/suggest-insert.js';
import { entry } from '../../../fakes/temp-pack.js';

describe('exampleText', () => {
  it('GIVEN a question over several lines with stray controls THEN one trimmed line', () => {
    expect(exampleText('  how do we\n\nlabel   images?\u0007\u2028 fast ')).toBe('how do we label images? fast');
  });

  it.each([
    ['a code block', 'why does this fail ```python\nfit()```'],
    ['a Slack mention', 'ask <@U123ABC> about budgets'],
    ['a Discord mention', 'ask <@123456789> about budgets'],
    ['a link', 'is https://example.com/pricing right'],
    ['an e-mail address', 'mail jane.doe@example.com about quotas'],
    ['one character', ' ? '],
    ['more than the schema allows', `why ${'very '.repeat(60)}slow`],
    ['a lone surrogate', 'broken \ud800 text'],
  ])('GIVEN %s THEN it cannot be an example', (_what, text) => {
    expect(exampleText(text)).toBeNull();
  });

  it('GIVEN any text THEN what it keeps, quoted as JSON, reads back from YAML as itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
        const text = exampleText(`${a} ${b}`);
        if (text === null) return;
        expect(parse(`- ${JSON.stringify(text)}`)).toEqual([text]);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('GIVEN awkward but valid texts THEN they go into an entry and read back unchanged', () => {
    const texts = ['what\'s "p99" vs. p50: a # b', 'c:\\path\\to — naïve 🤖?', '- not a list', 'yes', '{flow: map}'];
    const placed = insertExamples(entry('x', 'y', ['one', 'two', 'three'], []), [{ comment: 'kb suggest: test', phrasings: texts.map((t) => exampleText(t) ?? '') }]);
    expect(placed.ok).toBe(true);
  });
});
