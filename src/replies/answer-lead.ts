/** A lead takes the answer's second sentence only while the two stay this short. */
const TWO_SENTENCES = 360;
/** The longest lead: a longer first sentence is cut at a word boundary. */
const MAX_LEAD = 400;

/** A sentence ends at `.`, `!` or `?` followed by space and a capital, a quote or a bracket ("0.5" and "e.g. this" stay). */
const SENTENCE_END = /(?<=[.!?]\**)\s+(?=[A-Z"“(*])/;

/**
 * The opening of an entry's answer: its first paragraph's first sentence, and the second while both are short.
 * Entries answer first (the knowledge guide asks that the first two sentences answer the title's question), so
 * this is the short form of the advice, for a reply that offers other answers beside the one it gives in full.
 */
export function answerLead(body: string): string {
  let lead = leads.get(body);
  if (lead === undefined) {
    lead = computeLead(body);
    if (leads.size < MAX_CACHED) leads.set(body, lead);
  }
  return lead;
}

/** Leads already worked out, by answer: an answer's opening never changes, and a reply may quote three. */
const leads = new Map<string, string>();
/** More answers than a knowledge pack holds would mean bodies built on the fly: those are not kept. */
const MAX_CACHED = 5_000;

function computeLead(body: string): string {
  const paragraph = body.trim().split(/\n\s*\n/)[0] ?? '';
  const [first = '', second] = paragraph.replace(/\s+/g, ' ').trim().split(SENTENCE_END);
  // A sentence that opens a list ("Start with one of these:") says nothing without the list.
  const both = second && !second.endsWith(':') ? `${first} ${second}` : first;
  const lead = (both.length <= TWO_SENTENCES ? both : first).replace(/:$/, '.');
  if (lead.length <= MAX_LEAD) return lead;
  const cut = lead.slice(0, MAX_LEAD);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LEAD / 2))}…`;
}
