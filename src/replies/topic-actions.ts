import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { ReplyAction } from '../reply.js';
import { shortLabel } from './labels.js';
import { entryActionId, topicActionId } from '../action-ids.js';

/** One button per pain point, in menu order. */
export function topicActions(index: KnowledgeIndex): ReplyAction[] {
  return index.knowledge.painPoints.map((p) => ({ id: topicActionId(p.id), label: shortLabel(p.label) }));
}

/** The topic menu as Markdown bullets: each pain point in the customer's own words. */
export function topicList(index: KnowledgeIndex): string {
  return index.knowledge.painPoints.map((p) => `- **${p.label}**: “${p.customerWords}”`).join('\n');
}

/** Buttons for entries, by id, skipping unknown ones. */
export function entryActions(index: KnowledgeIndex, ids: readonly string[], max = 3): ReplyAction[] {
  return ids
    .map((id) => index.entries.get(id))
    .filter((e) => e !== undefined)
    .slice(0, max)
    .map((e) => ({ id: entryActionId(e.id), label: shortLabel(e.title) }));
}
