import type { Entry } from '../knowledge/schema.js';

/** A lead takes the answer's second sentence only while the two stay this short. */
const TWO_SENTENCES = 360;
/** The longest lead: a longer first sentence is cut at a word boundary. */
const MAX_LEAD = 400;

/** A sentence ends at `.`, `!` or `?` followed by space and a capital, a quote or a bracket ("0.5" and "e.g. this" stay). */
export const SENTENCE_END = /(?<=[.!?]\**)\s+(?=[A-Z"“(*])/;

/**
 * The opening of an entry's answer: its first paragraph's first sentence, and the second while both are short.
 * Entries answer first (the knowledge guide asks that the first two sentences answer the title's question), so
 * this is the short form of the advice, for a reply that offers answers without giving them in full.
 */
export function answerLead(body: string): string {
  const paragraph = body.trim().split(/\n\s*\n/)[0] ?? '';
  const [first = '', second] = paragraph.replace(/\s+/g, ' ').trim().split(SENTENCE_END);
  // A sentence that opens a list ("Start with one of these:") says nothing without the list.
  const both = second && !second.endsWith(':') ? `${first} ${second}` : first;
  const lead = (both.length <= TWO_SENTENCES ? both : first).replace(/:$/, '.');
  if (lead.length <= MAX_LEAD) return lead;
  const cut = lead.slice(0, MAX_LEAD);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LEAD / 2))}…`;
}

/** Leads worked out once per loaded entry (a reply quotes up to three), and let go with the knowledge. */
const leads = new WeakMap<Entry, string>();

/** `answerLead` of an entry's body, worked out the first time it is asked for. */
export function entryLead(entry: Entry): string {
  let lead = leads.get(entry);
  if (lead === undefined) {
    lead = answerLead(entry.body);
    leads.set(entry, lead);
  }
  return lead;
}
