import type { Entry } from '../knowledge/schema.js';
import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { Reply } from '../reply.js';
import { entryActions } from './topic-actions.js';

/** An answer: the entry's body, its sources, and two or three related entries as follow-ups. */
export function entryReply(index: KnowledgeIndex, entry: Entry, confidence: number, shown: readonly string[] = []): Reply {
  const unseen = entry.related.filter((id) => !shown.includes(id));
  const related = [...unseen, ...entry.related.filter((id) => shown.includes(id))];
  const siblings = index.knowledge.entries
    .filter((e) => e.painPoint === entry.painPoint && e.id !== entry.id && !related.includes(e.id))
    .map((e) => e.id);
  return {
    outcome: 'answer',
    painPoint: entry.painPoint,
    entryId: entry.id,
    confidence,
    title: entry.title,
    body: entry.body,
    sources: entry.links,
    actions: entryActions(index, [...related, ...siblings], 3),
    feedback: true,
  };
}
