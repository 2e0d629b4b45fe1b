import { describe, expect, it } from 'vitest';
import { parseLabelledLines } from '../../src/evaluation/labelled-question.js';

describe('parseLabelledLines', () => {
  it('GIVEN JSON lines with blank lines and CRLF THEN every question, in order', () => {
    const source = '{"text": "a", "label": "x"}\r\n\n{"text": "b", "label": "oos", "expect": ["c"]}\n   \n';
    expect(parseLabelledLines(source, 'set.jsonl')).toEqual([
      { text: 'a', label: 'x' },
      { text: 'b', label: 'oos', expect: ['c'] },
    ]);
  });

  it.each([
    ['not JSON', '{"text": "a", "label": "x"}\n\n{"text": "b", label}\n', 3, /not valid JSON/],
    ['a missing label', '{"text": "a", "label": "x"}\n{"text": "b"}\n', 2, /label/],
    ['an empty label', '{"text": "a", "label": ""}\n', 1, /label/],
    ['a text that is not a string', '{"text": "ok", "label": "x"}\n{"text": "ok", "label": "x"}\n{"text": 5, "label": "x"}\n', 3, /text/],
    ['expect that is not a list', '{"text": "a", "label": "x", "expect": "gpu"}\n', 1, /expect/],
  ])('GIVEN %s THEN the error names the file and line %i', (_what, source, line, detail) => {
    expect(() => parseLabelledLines(source, 'data/set.jsonl')).toThrow(`data/set.jsonl:${line}:`);
    expect(() => parseLabelledLines(source, 'data/set.jsonl')).toThrow(detail);
  });
});
