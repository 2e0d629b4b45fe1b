import type { PainPoint } from '../knowledge/schema.js';
import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { Reply, ReplyAction } from '../reply.js';
import { entryActions } from './topic-actions.js';
import { guidedPathAvailable } from './guided-path.js';
import { pathActionId } from '../action-ids.js';

/** How many of a pain point's entries its overview lists. */
const MAX_LISTED = 8;

/** A pain point's advice in short, with its entries as follow-ups (and the guided path where there is one). */
export function overviewReply(index: KnowledgeIndex, painPoint: PainPoint, confidence: number): Reply {
  const entries = index.knowledge.entries.filter((e) => e.painPoint === painPoint.id);
  const path: ReplyAction[] = guidedPathAvailable(index, painPoint.id)
    ? [{ id: pathActionId('start'), label: 'Help me choose where to start', style: 'primary' }]
    : [];
  const shown = entries.slice(0, MAX_LISTED);
  const more = entries.length - shown.length;
  const list = [...shown.map((e) => `- ${e.title}`), ...(more > 0 ? [`- …and ${more} more: just ask`] : [])].join('\n');
  return {
    outcome: 'answer',
    painPoint: painPoint.id,
    entryId: null,
    confidence,
    title: painPoint.title,
    body: `_“${painPoint.customerWords}”_\n\n${painPoint.body}${list ? `\n\nAsk me about:\n${list}` : ''}`,
    sources: painPoint.links,
    actions: [...path, ...entryActions(index, entries.map((e) => e.id), 3 - path.length)],
    feedback: true,
  };
}
