import type { Tool } from '../knowledge/schema.js';
import type { Reply } from '../reply.js';
import { uniqueLinks } from './lead-list.js';

/** "**vLLM**", "**vLLM** and **KServe**". */
function names(tools: readonly Tool[]): string {
  return tools.map((t) => `**${t.name}**`).join(' and ');
}

/**
 * Where a tool's own documentation and maintainers are, for a question that names it and that the advisor has no
 * specific answer for: one paragraph with the links, and the links for the reply's sources. Null when the question
 * names no known tool.
 */
export function toolPointers(tools: readonly Tool[]): { text: string; links: Reply['sources'] } | null {
  if (tools.length === 0) return null;
  // Two tools: each one's documentation and first place to ask, not every page of both.
  const links = uniqueLinks(tools.flatMap((t) => (tools.length > 1 ? t.links.slice(0, 2) : t.links)));
  const pages = links.map((l) => `[${l.label}](${l.url})`).join(' · ');
  const [self, their] = tools.length > 1 ? ['themselves', 'their'] : ['itself', 'its'];
  return { text: `For ${names(tools)} ${self}, ${their} own pages go deeper than I can: ${pages}.`, links };
}

/** A reply with a closing paragraph pointing to the named tools' own pages. */
export function withToolPointers(reply: Reply, tools: readonly Tool[]): Reply {
  const pointers = toolPointers(tools);
  if (!pointers) return reply;
  return { ...reply, body: `${reply.body}\n\n${pointers.text}`, sources: uniqueLinks([...reply.sources, ...pointers.links]) };
}
