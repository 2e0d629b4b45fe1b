import type { Reply } from '../reply.js';
import { inlinesToText, parseBody } from './parse-body.js';
import { actionPrefixes } from '../action-ids.js';

/** What the numbered choices are: follow-ups after an answer, options of a question, or the topics. */
function choicesHeading(reply: Reply): string {
  if (reply.outcome === 'clarify') return 'Pick one:';
  if (reply.outcome === 'fallback' || reply.outcome === 'smalltalk') return 'Topics:';
  if (reply.actions.every((a) => a.id.startsWith(actionPrefixes.path) && a.id.split(':').length === 3)) return 'Choose:';
  return 'You can also ask:';
}

/** The whole reply as plain text: title, body, sources and the choices offered. */
export function renderPlainText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(reply.title);
  for (const block of parseBody(reply.body)) {
    if (block.type === 'paragraph') parts.push(inlinesToText(block.inlines));
    else parts.push(block.items.map((item) => `  • ${inlinesToText(item)}`).join('\n'));
  }
  if (reply.sources.length) {
    parts.push(['Sources:', ...reply.sources.map((s) => `  - ${s.label}: ${s.url}`)].join('\n'));
  }
  if (reply.actions.length) {
    parts.push([choicesHeading(reply), ...reply.actions.map((a, i) => `  ${i + 1}. ${a.label}`)].join('\n'));
  }
  return parts.join('\n\n');
}
