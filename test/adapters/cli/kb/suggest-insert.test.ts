import { describe, expect, it } from 'vitest';
import { insertExamples } from '../../../../adapters/cli/kb/suggest-insert.js';
import { parseFrontMatter } from '../../../../src/knowledge/front-matter.js';

const block = { comment: 'kb suggest 2026-05-21: 3 people — 3 picks', phrasings: ['explain my bill', 'why "so" high?'] };
const examples = (text: string) => (parseFrontMatter(text).data as { examples: string[] }).examples;

describe('insertExamples', () => {
  it('GIVEN an entry THEN the comment and the quoted phrasings go after its last example, at its indent', () => {
    const source = ['---', 'kind: entry', 'examples:', '  - "one"', '  - two', '  # a note', '', 'links: []', '---', 'Body'].join('\n');
    const placed = insertExamples(source, [block]);
    if (!placed.ok) throw new Error(placed.problem);
    expect(placed.insertion.after.split('\n').slice(4, 9)).toEqual([
      '  - two',
      '  # kb suggest 2026-05-21: 3 people — 3 picks',
      '  - "explain my bill"',
      '  - "why \\"so\\" high?"',
      '  # a note',
    ]);
    expect(placed.insertion.at).toBe(5);
    expect(examples(placed.insertion.after)).toEqual(['one', 'two', 'explain my bill', 'why "so" high?']);
  });

  it('GIVEN items at column 0, a multi-line item and CRLF line ends THEN the list still ends where it ends and CRLF is kept', () => {
    const source = ['---', 'examples:', '- one', '- two that goes', '  on and on', 'related: []', '---', ''].join('\r\n');
    const placed = insertExamples(source, [block]);
    if (!placed.ok) throw new Error(placed.problem);
    expect(placed.insertion.at).toBe(5);
    expect(placed.insertion.lines).toEqual(['# kb suggest 2026-05-21: 3 people — 3 picks\r', '- "explain my bill"\r', '- "why \\"so\\" high?"\r']);
    expect(examples(placed.insertion.after)).toEqual(['one', 'two that goes on and on', 'explain my bill', 'why "so" high?']);
  });

  it.each([
    ['a flow list', '---\nexamples: ["a", "b", "c"]\n---\n', '"examples:" is not a block list'],
    ['no examples', '---\nkind: entry\n---\n', 'no "examples:"'],
    ['examples only in the body', '---\nkind: entry\n---\nexamples:\n  - "a"\n', 'no "examples:"'],
    ['no front matter', 'examples:\n  - a\n', 'no front matter'],
  ])('GIVEN %s THEN a problem, nothing written', (_what, source, problem) => {
    const placed = insertExamples(source, [block]);
    expect(placed.ok ? '' : placed.problem).toContain(problem);
  });
});
