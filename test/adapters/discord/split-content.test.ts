import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitContent } from '../../../adapters/discord/split-content.js';

describe('GIVEN any text', () => {
  it('WHEN split THEN every chunk fits and no visible character is lost or reordered', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\\', '*', 'é') , maxLength: 9000 }), fc.integer({ min: 10, max: 2000 }), (text, max) => {
        const chunks = splitContent(text, max);
        expect(chunks.every((c) => c.length > 0 && c.length <= max)).toBe(true);
        expect(chunks.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('WHEN paragraphs fit THEN the split happens between paragraphs', () => {
    const text = ['A'.repeat(1200), 'B'.repeat(1200), 'C'.repeat(300)].join('\n\n');
    expect(splitContent(text)).toEqual(['A'.repeat(1200), `${'B'.repeat(1200)}\n\n${'C'.repeat(300)}`]);
  });
});
