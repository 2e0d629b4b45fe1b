import type { Entry } from '../knowledge/schema.js';
import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { Candidate } from '../match/match-question.js';
import type { Reply } from '../reply.js';
import { shortLabel } from './labels.js';
import { leadList, leadSources } from './lead-list.js';
import { entryActions, topicActions, topicList } from './topic-actions.js';
import { entryActionId, topicActionId } from '../action-ids.js';
import { withChanges } from '../with-changes.js';

function menu(index: KnowledgeIndex, fields: Pick<Reply, 'outcome' | 'title' | 'body' | 'confidence'>): Reply {
  return withChanges(fields, { painPoint: null, entryId: null, sources: [], actions: topicActions(index), feedback: false });
}

/** `/ml-start` with nothing else: what the advisor is and the six pain points to choose from. */
export function welcomeReply(index: KnowledgeIndex): Reply {
  return menu(index, {
    outcome: 'smalltalk',
    confidence: 1,
    title: 'Hi! I help teams adopt machine learning',
    body: `Ask me a question in your own words, or pick the problem that sounds most like yours:\n\n${topicList(index)}`,
  });
}

/** `/ml-start help` and "how do I use you". */
export function helpReply(index: KnowledgeIndex): Reply {
  return menu(index, {
    outcome: 'smalltalk',
    confidence: 1,
    title: 'How to use me',
    body: [
      '- **Mention me** in a channel with your question: I answer in the thread and remember it for follow-ups.',
      '- **`/ml-start`** shows the topics; **`/ml-start <question>`** answers straight away.',
      '- **Message me directly** for a private conversation.',
      '- In a **help channel** an admin set to answer on its own (`/ml-start channel auto`), just post your question: I reply in its thread, and you can follow up there without mentioning me until a colleague steps in.',
      '- Where experts are named, **Ask a person** under an answer tags them in the thread; **Mark resolved** closes it.',
      '- Follow-ups such as _tell me more_, _why?_ or _any examples?_ continue the last topic.',
      '- 👍 / 👎 under an answer tells the people who run me what worked and what you missed.',
    ].join('\n'),
  });
}

/** A smalltalk intent's own answer, then the topic menu. */
export function smalltalkReply(index: KnowledgeIndex, intent: string, confidence: number): Reply {
  const item = index.smalltalk.get(intent);
  if (intent === 'help') return { ...helpReply(index), confidence };
  return menu(index, {
    outcome: 'smalltalk',
    confidence,
    title: '',
    body: item?.body ?? 'Hello! Ask me about adopting machine learning.',
  });
}

/**
 * Out of scope or too unsure: say so, say what the advisor can help with, offer the topics. A question that leans in
 * scope all the same (`src/conversation/declined-suggestions.ts`) is also offered its nearest entries, each with its
 * answer's opening and a button, in case it is about ML after all: a wrongly declined question then still meets the
 * nearest advice, and the reply stays a decline (outcome `fallback`, logged as unanswered).
 */
export function fallbackReply(index: KnowledgeIndex, confidence: number, suggestions: readonly Entry[] = [], question?: string): Reply {
  const scope = 'I advise teams on adopting machine learning.';
  const intro = suggestions.length
    ? `${scope} If your question is about that, the nearest things I have:\n${leadList(index, suggestions, question)}\n\nOtherwise, I can help`
    : `${scope} I can help`;
  const reply = menu(index, {
    outcome: 'fallback',
    confidence,
    title: "I'm not sure I can help with that",
    body: `${intro} when your question is about one of these:\n\n${topicList(index)}\n\nTry rephrasing your question, or pick a topic.`,
  });
  const picks = entryActions(index, suggestions.map((e) => e.id), suggestions.length);
  return { ...reply, sources: leadSources(suggestions), actions: [...picks, ...reply.actions] };
}

/**
 * Two or three pain points fit about equally: ask which one was meant, offering each one's best entry with its
 * answer's opening sentences (and their sources), so the reply already gives the gist of each way to read the
 * question. Not the likeliest entry's whole answer: readers judging replies to real questions called a whole answer
 * shown while the advisor was unsure "an answer to a different question" a quarter of the time, and found the
 * openings about as helpful (see test/eval/README.md). A bare menu gave no advice until a click.
 */
export function clarifyReply(index: KnowledgeIndex, candidates: readonly Candidate[], confidence: number, question?: string): Reply {
  const best = candidates.map((c) => ({ painPoint: c.painPoint, entry: c.entryId ? index.entries.get(c.entryId) : undefined }));
  const actions = best.map(({ painPoint, entry }) =>
    entry
      ? { id: entryActionId(entry.id), label: shortLabel(entry.title) }
      : { id: topicActionId(painPoint), label: shortLabel(index.painPoints.get(painPoint)?.label ?? painPoint) },
  );
  const entries = best.map((b) => b.entry).filter((e) => e !== undefined);
  const intro = 'Your question could fit more than one topic.';
  return {
    outcome: 'clarify',
    painPoint: null,
    entryId: null,
    confidence,
    title: 'Did you mean…',
    body: entries.length
      ? `${intro} The closest things I can answer:\n${leadList(index, entries, question)}\n\nPick the one you meant for the whole answer.`
      : `${intro} Which one is closest?`,
    sources: leadSources(entries),
    actions,
    feedback: false,
  };
}

/** The bot's own short messages: thanks for feedback, slow down, an empty message. */
export function noticeReply(title: string, body: string, actions: Reply['actions'] = []): Reply {
  return { outcome: 'notice', painPoint: null, entryId: null, confidence: 1, title, body, sources: [], actions, feedback: false };
}

/** A question in a script the advisor cannot read yet: say so plainly, and offer the topics. */
export function otherLanguageReply(index: KnowledgeIndex): Reply {
  return menu(index, {
    outcome: 'fallback',
    confidence: 0,
    title: 'I can only read English so far',
    body: `I understand questions in English only, for now. Could you ask again in English? I can help with these:\n\n${topicList(index)}`,
  });
}
