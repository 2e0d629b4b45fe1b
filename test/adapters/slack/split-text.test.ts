import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitText, truncate } from '../../../adapters/slack/split-text.js';

describe('GIVEN text to cut for Slack', () => {
  it('THEN every piece fits, nothing but separating whitespace is lost, and no escape is cut in half', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '&amp;', '&lt;', 'word'), maxLength: 400 }), fc.integer({ min: 8, max: 60 }), (text, max) => {
        const pieces = splitText(text, max);
        for (const piece of pieces) {
          expect(piece.length).toBeLessThanOrEqual(max);
          expect(piece).not.toMatch(/&[a-z]{0,3}$/);
        }
        expect(pieces.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });

  it('THEN truncate keeps short text and marks cut text with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(truncate('abcdef &amp; more', 10)).toBe('abcdef …');
  });
});
