import type { Entry } from '../knowledge/schema.js';
import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { Reply } from '../reply.js';
import { entryLead } from './answer-lead.js';
import { nearestPassages } from './relevant-passage.js';

/**
 * One line of a list of answers offered without being given in full: the entry's question and its answer's opening,
 * then, when given, the sentence of the answer nearest the question.
 */
export function leadItem(entry: Entry, passage?: string): string {
  return `- **${entry.title}** — ${entryLead(entry)}${passage ? ` … ${passage}` : ''}`;
}

/**
 * A list of answers offered for a question: each line as `leadItem`, with the sentence of its answer nearest the
 * question when one is near enough (`relevant-passage.ts`). The opening says what each answer advises in general;
 * the passage shows where it meets the asker's own point (the tool they name, the setting they ask about).
 */
export function leadList(index: Pick<KnowledgeIndex, 'featurizer'>, entries: readonly Entry[], question?: string): string {
  const passages = question ? nearestPassages(index.featurizer, entries, question) : [];
  return entries.map((e, i) => leadItem(e, passages[i])).join('\n');
}

/** Links without repeats, first occurrence kept. */
export function uniqueLinks(links: Reply['sources']): Reply['sources'] {
  return links.filter((l, i) => links.findIndex((o) => o.url === l.url) === i);
}

/** The sources of the answers' openings a reply quotes: each entry's first link. */
export function leadSources(entries: readonly Entry[]): Reply['sources'] {
  return uniqueLinks(entries.map((e) => e.links[0]).filter((l) => l !== undefined));
}
