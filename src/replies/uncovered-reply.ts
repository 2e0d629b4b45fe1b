import type { PainPoint } from '../knowledge/schema.js';
import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { Reply } from '../reply.js';
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
 * The pain point is clear but no entry addresses the question: say so plainly, give the pain point's advice in
 * short, and offer the nearest entries. Marked `uncovered` so the question is logged as a knowledge gap.
 */
export function uncoveredReply(
  index: KnowledgeIndex,
  painPoint: PainPoint,
  question: string,
  nearest: readonly string[],
  confidence: number,
): Reply {
  const quote = quoteQuestion(question);
  const honest = quote
    ? `I don't have a specific answer yet for _“${quote}”_ — I've noted it as a gap for the people who maintain me.`
    : "I don't have a specific answer for that yet — I've noted it as a gap for the people who maintain me.";
  const closest = nearest.map((id) => index.entries.get(id)).filter((e) => e !== undefined);
  const list = closest.length ? `\n\nThe closest things I can answer:\n${closest.map((e) => `- ${e.title}`).join('\n')}` : '';
  return {
    outcome: 'answer',
    painPoint: painPoint.id,
    entryId: null,
    confidence,
    title: `No specific answer yet — ${painPoint.title}`,
    body: `${honest} It sounds like **${painPoint.label}**; here is that topic in short.\n\n${painPoint.body}${list}`,
    sources: painPoint.links,
    actions: entryActions(index, nearest, 3),
    feedback: true,
    uncovered: true,
  };
}
