import type { Tool } from '../knowledge/schema.js';

/** At most this many tools are named back: a question about three tools at once is about none of them in depth. */
const MAX_TOOLS = 2;

interface Alias {
  /** Lower case when it matches any case; as written when it matches its exact case. */
  text: string;
  exact: boolean;
  tool: Tool;
}

/** An alias as matched: trimmed, each run of white space one space. */
const spaced = (alias: string): string => alias.trim().replace(/\s+/g, ' ');

/** Two aliases that read the same whatever their case name the same thing: `kb check` lets one tool have it. */
export function aliasKey(alias: string): string {
  return spaced(alias).toLowerCase();
}

/** Every tool's aliases by their first word (lower case), longest first within a word, worked out once per pack. */
const aliasesOf = new WeakMap<readonly Tool[], Map<string, Alias[]>>();

const WORD = /[\p{L}\p{N}]+/gu;

function aliases(tools: readonly Tool[]): Map<string, Alias[]> {
  let byFirst = aliasesOf.get(tools);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const tool of tools) {
    for (const alias of tool.aliases) {
      const text = spaced(alias);
      const exact = text !== text.toLowerCase();
      const first = text.toLowerCase().match(/^[\p{L}\p{N}]+/u)?.[0];
      if (!first) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ text: exact ? text : text.toLowerCase(), exact, tool });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  aliasesOf.set(tools, byFirst);
  return byFirst;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A name that starts here continues one before it: a hyphen after a word character ("X-Ray" is not Ray). */
const continues = (text: string, at: number): boolean => text[at - 1] === '-' && isWordChar(text[at - 2]);

/**
 * The tools a question names, in the order it names them (at most two). Aliases match as whole words, found from
 * each word of the question (one pass, so a long question costs little); where two overlap ("SageMaker Ground
 * Truth" and "SageMaker", or "AWS SageMaker" and "SageMaker Studio"), the longer one is the mention.
 */
export function toolMentions(tools: readonly Tool[], question: string): Tool[] {
  if (tools.length === 0) return [];
  const byFirst = aliases(tools);
  const asWritten = question.replace(/\s+/g, ' ');
  const lower = asWritten.toLowerCase();
  // Lower-casing a few letters (İ) changes the length: then exact-case names cannot be found at the same place.
  const aligned = lower.length === asWritten.length;
  const matches: Array<{ start: number; end: number; tool: Tool }> = [];
  for (const word of lower.matchAll(WORD)) {
    const at = word.index;
    if (continues(lower, at)) continue;
    const match = byFirst.get(word[0])?.find((a) => {
      if (a.exact && !aligned) return false;
      const text = a.exact ? asWritten : lower;
      return text.startsWith(a.text, at) && !isWordChar(text[at + a.text.length]);
    });
    if (match) matches.push({ start: at, end: at + match.text.length, tool: match.tool });
  }
  // Overlapping mentions ("AWS SageMaker Studio": "aws sagemaker", "sagemaker studio"): the longer one wins.
  const taken: typeof matches = [];
  for (const m of [...matches].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!taken.some((t) => m.start < t.end && m.end > t.start)) taken.push(m);
  }
  const ordered = taken.sort((a, b) => a.start - b.start).map((m) => m.tool);
  return ordered.filter((tool, i) => ordered.indexOf(tool) === i).slice(0, MAX_TOOLS);
}
