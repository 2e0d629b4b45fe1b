import type { Tool } from '../knowledge/schema.js';

/** At most this many tools are named back: a question about three tools at once is about none of them in depth. */
const MAX_TOOLS = 2;

interface Alias {
  /** Lower case when it matches any case; as written when it matches its exact case. */
  text: string;
  exact: boolean;
  tool: Tool;
}

/** Two aliases that read the same whatever their case name the same thing: `kb check` lets one tool have it. */
export function aliasKey(alias: string): string {
  return alias.trim().replace(/\s+/g, ' ').toLowerCase();
}

const aliasesOf = new WeakMap<readonly Tool[], Alias[]>();

/** Every tool's aliases, longest first (so "sagemaker ground truth" wins over "sagemaker"), worked out once. */
function aliases(tools: readonly Tool[]): Alias[] {
  let list = aliasesOf.get(tools);
  if (list) return list;
  list = tools
    .flatMap((tool) =>
      tool.aliases.map((alias) => {
        const text = alias.trim().replace(/\s+/g, ' ');
        const exact = text !== text.toLowerCase();
        return { text: exact ? text : text.toLowerCase(), exact, tool };
      }),
    )
    .sort((a, b) => b.text.length - a.text.length);
  aliasesOf.set(tools, list);
  return list;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A name that starts here continues one before it: a word character, or a hyphen after one ("X-Ray" is not Ray). */
const continues = (text: string, at: number): boolean => isWordChar(text[at - 1]) || (text[at - 1] === '-' && isWordChar(text[at - 2]));

/** Where `alias` occurs in `text` as a whole word (not inside a longer name), from `from` on; -1 when nowhere. */
function findWord(text: string, alias: string, from: number): number {
  for (let at = text.indexOf(alias, from); at >= 0; at = text.indexOf(alias, at + 1)) {
    if (!continues(text, at) && !isWordChar(text[at + alias.length])) return at;
  }
  return -1;
}

/**
 * The tools a question names, in the order it names them (at most two). Aliases match as whole words; where two
 * overlap ("SageMaker Ground Truth"), the longer one is the mention.
 */
export function toolMentions(tools: readonly Tool[], question: string): Tool[] {
  if (tools.length === 0) return [];
  const asWritten = question.replace(/\s+/g, ' ');
  const lower = asWritten.toLowerCase();
  const taken: Array<{ start: number; end: number; tool: Tool }> = [];
  for (const alias of aliases(tools)) {
    const text = alias.exact ? asWritten : lower;
    for (let at = findWord(text, alias.text, 0); at >= 0; at = findWord(text, alias.text, at + 1)) {
      const end = at + alias.text.length;
      if (!taken.some((t) => at < t.end && end > t.start)) taken.push({ start: at, end, tool: alias.tool });
    }
  }
  const ordered = taken.sort((a, b) => a.start - b.start).map((t) => t.tool);
  return ordered.filter((tool, i) => ordered.indexOf(tool) === i).slice(0, MAX_TOOLS);
}
