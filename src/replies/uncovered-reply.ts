import type { Entry, PainPoint } from '../knowledge/schema.js';
import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { Reply } from '../reply.js';
import { toolMentions } from '../match/tool-mentions.js';
import { leadList, leadSources, uniqueLinks } from './lead-list.js';
import { todayFirst } from './today-first.js';
import { toolPointers } from './tool-pointers.js';
import { entryActions } from './topic-actions.js';

/** The longest stretch of the user's question repeated back. */
const MAX_QUOTE = 100;

/**
 * The user's words, safe to repeat inside a reply body: no markup (links, emphasis, code, mentions, emoji
 * codes), one line, cut at a word boundary.
 */
export function quoteQuestion(text: string): string {
  const plain = text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>|https?:\/\/\S+/g, ' ')
    .replace(/\b(?:javascript|vbscript|data|file|ftp|mailto|https?)\s*:/gi, ' ')
    .replace(/[*_`~[\]()<>#|\\]/g, ' ')
    .replace(/@[\w.-]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= MAX_QUOTE) return plain;
  const cut = plain.slice(0, MAX_QUOTE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUOTE / 2))}…`;
}

/**
 * The pain point is clear but no entry addresses the question: say so plainly, offer the nearest entries and name
 * the pain point (its general advice would read as an answer to a question nobody asked). Marked `uncovered` so
 * the question is logged as a knowledge gap. Each nearest entry comes with its answer's opening sentences and their
 * sources. With `closest` (an entry likely, but not surely, to help), its whole answer comes first, introduced by
 * the related question it answers: when it is likely right, the whole answer helped readers more than its opening;
 * when it is not, the openings alone helped about as much and never read as an answer to another question. When
 * the question names a tool (vLLM, Ground Truth…), the reply points to that tool's own documentation and maintainers.
 */
export function uncoveredReply(
  index: KnowledgeIndex,
  painPoint: PainPoint,
  question: string,
  nearest: readonly string[],
  confidence: number,
  closest?: Entry,
): Reply {
  const quote = quoteQuestion(question);
  const asked = quote ? ` for _“${quote}”_` : ' for that';
  const honest = closest
    ? `I'm not sure I have an exact answer${asked}, so I've noted it for the people who maintain me. The nearest I have answers a related question, _${closest.title}_${/[?.!:]$/.test(closest.title) ? '' : ':'}\n\n${closest.body}`
    : `I don't have a specific answer yet${asked} — I've noted it as a gap for the people who maintain me.`;
  const ordered = todayFirst(index, nearest);
  const others = ordered.filter((id) => id !== closest?.id).map((id) => index.entries.get(id)).filter((e) => e !== undefined);
  const heading = closest ? 'If your question is closer to one of these' : 'The closest things I can answer';
  const list = others.length ? `\n\n${heading}:\n${leadList(index, others, question)}` : '';
  const topic = `\n\nIt sounds like **${painPoint.label}**.`;
  const pointers = toolPointers(toolMentions(index.knowledge.tools, question));
  const toolText = pointers ? `\n\n${pointers.text}` : '';
  const leadLinks = leadSources(others);
  return {
    outcome: 'answer',
    painPoint: painPoint.id,
    entryId: null,
    confidence,
    title: closest ? `Nearest answer — ${closest.title}` : `No specific answer yet — ${painPoint.title}`,
    body: `${honest}${toolText}${list}${topic}`,
    sources: uniqueLinks([...(closest ? closest.links : []), ...(closest || leadLinks.length ? leadLinks : painPoint.links), ...(pointers?.links ?? [])]),
    actions: entryActions(index, ordered, 3),
    feedback: true,
    uncovered: true,
    ...(closest ? { closestEntryId: closest.id } : {}),
  };
}
