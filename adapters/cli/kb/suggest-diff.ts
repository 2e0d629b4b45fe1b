import type { Insertion } from './suggest-insert.js';

const NO_EOL = '\\ No newline at end of file';

/**
 * A git-style unified diff of one file with one hunk: the insertion with `context` unchanged lines either side.
 * `file` is the path from the repository's root with `/` separators; it is written as `a/…` and `b/…`, so
 * `git apply` (anywhere in the repository) and `patch -p1` (at its root) both take it.
 */
export function insertionDiff(file: string, insertion: Insertion, context = 3): string {
  const lines = insertion.before.split('\n');
  const endsWithNewline = lines.at(-1) === '';
  if (endsWithNewline) lines.pop();
  const { at, lines: added } = insertion;
  if (at < 1 || at >= lines.length) throw new Error(`an insertion at line ${at} of ${lines.length} needs a line either side`);
  const start = Math.max(0, at - context);
  const stop = Math.min(lines.length, at + context);
  const body = [
    ...lines.slice(start, at).map((l) => ` ${l}`),
    ...added.map((l) => `+${l}`),
    ...lines.slice(at, stop).map((l) => ` ${l}`),
  ];
  if (stop === lines.length && !endsWithNewline) body.push(NO_EOL);
  const old = stop - start;
  return [
    `diff --git a/${file} b/${file}`,
    `--- a/${file}`,
    `+++ b/${file}`,
    `@@ -${start + 1},${old} +${start + 1},${old + added.length} @@`,
    ...body,
    '',
  ].join('\n');
}
