import { isDeepStrictEqual } from 'node:util';
import { parseFrontMatter } from '../../../src/knowledge/front-matter.js';

/** Phrasings to add under one comment line (the evidence). */
export interface ExampleBlock {
  comment: string;
  phrasings: string[];
}

/** Where new lines go in a file and what they are: enough to write the file or a hunk of a patch. */
export interface Insertion {
  /** The file's text before and after. */
  before: string;
  after: string;
  /** Index (0-based) of the line the new lines are put before. */
  at: number;
  lines: string[];
}

export type InsertResult = { ok: true; insertion: Insertion } | { ok: false; problem: string };

const indentOf = (line: string): number => line.length - line.trimStart().length;
const blank = (line: string): boolean => line.trim() === '';
const comment = (line: string): boolean => line.trimStart().startsWith('#');

/** The line after the last item of the front matter's top-level `examples:` block list, and the items' indent. */
function endOfExamples(lines: readonly string[]): { at: number; indent: string } | string {
  if (lines[0]?.replace(/\r$/, '') !== '---') return 'no front matter';
  const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*\r?$/.test(l));
  if (close < 0) return 'no end to the front matter';
  const key = lines.findIndex((l, i) => i < close && /^examples:/.test(l));
  if (key < 0) return 'no "examples:" in the front matter';
  if (!/^examples:[ \t]*(#.*)?\r?$/.test(lines[key] ?? '')) return '"examples:" is not a block list ("- " items)';
  const first = lines.findIndex((l, i) => i > key && i < close && !blank(l) && !comment(l));
  const item = first < 0 ? undefined : /^(\s*)- /.exec(lines[first] ?? '');
  if (!item) return '"examples:" is not a block list ("- " items)';
  const indent = item[1] ?? '';
  let last = first;
  for (let i = first + 1; i < close; i++) {
    const line = lines[i] ?? '';
    if (blank(line) || comment(line)) continue;
    const deeper = indentOf(line) > indent.length;
    if (!deeper && !(indentOf(line) === indent.length && line.trimStart().startsWith('- '))) break;
    last = i;
  }
  return { at: last + 1, indent };
}

/**
 * Adds phrasings to the end of an entry's `examples:` list, each block under its comment, quoted as JSON strings
 * (valid YAML double-quoted scalars). Checked by reading the front matter back: the examples must be the old ones
 * followed by the new, the rest unchanged; anything else is a problem, and the file is left to a person.
 */
export function insertExamples(source: string, blocks: readonly ExampleBlock[]): InsertResult {
  const lines = source.split('\n');
  const end = endOfExamples(lines);
  if (typeof end === 'string') return { ok: false, problem: end };
  const eol = (lines[0] ?? '').endsWith('\r') ? '\r' : '';
  const added = blocks.flatMap((b) => [`${end.indent}# ${b.comment}`, ...b.phrasings.map((p) => `${end.indent}- ${JSON.stringify(p)}`)]).map((l) => l + eol);
  const after = [...lines.slice(0, end.at), ...added, ...lines.slice(end.at)].join('\n');
  try {
    const old = parseFrontMatter(source).data as Record<string, unknown>;
    const now = parseFrontMatter(after).data as Record<string, unknown>;
    const wanted = { ...old, examples: [...((old.examples as unknown[]) ?? []), ...blocks.flatMap((b) => b.phrasings)] };
    if (!isDeepStrictEqual(now, wanted)) return { ok: false, problem: 'the examples would not read back as written' };
  } catch (err) {
    return { ok: false, problem: `the front matter would not parse (${(err as Error).message})` };
  }
  return { ok: true, insertion: { before: source, after, at: end.at, lines: added } };
}
