import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringTable } from '../../src/match/string-table.js';

describe('StringTable', () => {
  it('GIVEN distinct strings THEN each is found at its position, and others are not found', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 60 }), fc.string({ maxLength: 6 }), (strings, other) => {
        const table = StringTable.of(strings);
        expect(table.size).toBe(strings.length);
        strings.forEach((s, i) => {
          expect(table.indexOf(s)).toBe(i);
          expect(table.at(i)).toBe(s);
          expect(table.length(i)).toBe(s.length);
        });
        expect(table.indexOf(other)).toBe(strings.indexOf(other));
      }),
    );
  });

  it('GIVEN strings that are prefixes and joins of each other THEN only exact matches count', () => {
    const table = StringTable.of(['ab', 'abc', 'c', '', 'w:x']);
    expect([table.indexOf('abc'), table.indexOf('a'), table.indexOf('bc'), table.indexOf(''), table.indexOf('w:')]).toEqual([1, -1, -1, 3, -1]);
    expect([table.firstCode(4), table.firstCode(3)]).toEqual([119, NaN]);
  });

  it('GIVEN a table rebuilt from its snapshot THEN it finds the same strings', () => {
    const table = StringTable.of(['w:cost', 'b:cost_cut', 'c: co']);
    const copy = StringTable.fromSnapshot(table.toSnapshot());
    expect(['c: co', 'w:cost', 'nope'].map((s) => copy.indexOf(s))).toEqual([2, 0, -1]);
  });

  it('GIVEN a string split into up to four parts THEN indexOfParts finds what indexOf finds for the whole', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 40 }), fc.array(fc.string({ maxLength: 3 }), { minLength: 2, maxLength: 4 }), (strings, parts) => {
        const [a = '', b = '', c = '', d = ''] = parts;
        const table = StringTable.of([...strings]);
        expect(table.indexOfParts(a, b, c, d)).toBe(table.indexOf(a + b + c + d));
        // Every string, split anywhere into two, is found by its parts.
        strings.forEach((s, i) => expect(table.indexOfParts(s.slice(0, 2), s.slice(2))).toBe(i));
      }),
    );
    const table = StringTable.of(['b:cost_cut', 'w:cost']);
    expect([table.indexOfParts('b:', 'cost', '_', 'cut'), table.indexOfParts('w:', 'cost'), table.indexOfParts('b:', 'cost', '_', 'cu')]).toEqual([0, 1, -1]);
  });
});
