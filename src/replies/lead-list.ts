import type { Entry } from '../knowledge/schema.js';
import type { Reply } from '../reply.js';
import { entryLead } from './answer-lead.js';

/** One line of a list of answers offered without being given in full: the entry's question and its answer's opening. */
export function leadItem(entry: Entry): string {
  return `- **${entry.title}** — ${entryLead(entry)}`;
}

/** Links without repeats, first occurrence kept. */
export function uniqueLinks(links: Reply['sources']): Reply['sources'] {
  return links.filter((l, i) => links.findIndex((o) => o.url === l.url) === i);
}

/** The sources of the answers' openings a reply quotes: each entry's first link. */
export function leadSources(entries: readonly Entry[]): Reply['sources'] {
  return uniqueLinks(entries.map((e) => e.links[0]).filter((l) => l !== undefined));
}
