import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { insertionDiff } from '../../../../adapters/cli/kb/suggest-diff.js';
import { insertExamples } from '../../../../adapters/cli/kb/suggest-insert.js';

const repo = mkdtempSync(path.join(tmpdir(), 'suggest-diff-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const block = { comment: 'kb suggest: 3 people — 1 pick', phrasings: ['explain my bill'] };

/** Writes `source`, applies the patch of its insertion with `git apply`, and returns the file as patched. */
function applied(name: string, source: string): { patch: string; result: string; wanted: string } {
  execFileSync('git', ['init', '-q'], { cwd: repo });
  mkdirSync(path.join(repo, 'knowledge'), { recursive: true });
  const file = path.join(repo, 'knowledge', name);
  writeFileSync(file, source);
  const placed = insertExamples(source, [block]);
  if (!placed.ok) throw new Error(placed.problem);
  const patch = insertionDiff(`knowledge/${name}`, placed.insertion);
  writeFileSync(path.join(repo, `${name}.patch`), patch);
  execFileSync('git', ['apply', `${name}.patch`], { cwd: repo });
  return { patch, result: readFileSync(file, 'utf8'), wanted: placed.insertion.after };
}

describe('insertionDiff', () => {
  it('GIVEN an insertion THEN a git-style hunk with three lines of context either side', () => {
    const source = ['---', 'kind: entry', 'id: a', 'examples:', '  - "one"', '  - "two"', 'links: []', 'related: []', 'reviewed: 2026-01-01', 'title: A', '---', 'Body.', ''].join('\n');
    const { patch, result, wanted } = applied('a.md', source);
    expect(patch).toBe(
      [
        'diff --git a/knowledge/a.md b/knowledge/a.md',
        '--- a/knowledge/a.md',
        '+++ b/knowledge/a.md',
        '@@ -4,6 +4,8 @@',
        ' examples:',
        '   - "one"',
        '   - "two"',
        '+  # kb suggest: 3 people — 1 pick',
        '+  - "explain my bill"',
        ' links: []',
        ' related: []',
        ' reviewed: 2026-01-01',
        '',
      ].join('\n'),
    );
    expect(result).toBe(wanted);
  });

  it('GIVEN a short file without a final newline, with CRLF line ends THEN git applies it to the same text', () => {
    const { patch, result, wanted } = applied('b.md', ['---', 'examples:', '  - "one"', '---', 'Body.'].join('\r\n'));
    expect(patch).toMatch(/@@ -1,5 \+1,7 @@\n[\s\S]* Body\.\n\\ No newline at end of file\n$/);
    expect(result).toBe(wanted);
  });
});
