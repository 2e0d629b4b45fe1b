import type { KnowledgeIndex } from '../match/knowledge-index.js';
import { matchQuestion } from '../match/match-question.js';
import { questionText } from '../match/question-text.js';
import { pastIntroduction } from '../match/self-introduction.js';
import { toolMentions } from '../match/tool-mentions.js';
import type { Reply } from '../reply.js';
import { entryReply } from '../replies/entry-reply.js';
import { clarifyReply, fallbackReply, otherLanguageReply, smalltalkReply } from '../replies/menu-replies.js';
import { overviewReply } from '../replies/overview-reply.js';
import { uncoveredReply } from '../replies/uncovered-reply.js';
import { withToolPointers } from '../replies/tool-pointers.js';
import { declinedSuggestions } from './declined-suggestions.js';
import { nearestAnswer } from './nearest-answer.js';
import { detectFollowUp } from './follow-up.js';
import { writtenInOtherScript } from './other-script.js';
import { stripPleasantries } from './strip-pleasantries.js';
import type { ConversationState } from './state.js';

/** "tell me more", "why?", "any examples?" after an answer: continue the previous topic. */
function followUpReply(index: KnowledgeIndex, text: string, state: ConversationState | undefined): Reply | null {
  const kind = detectFollowUp(text);
  if (!kind || !state?.painPoint) return null;
  const painPoint = index.painPoints.get(state.painPoint);
  if (!painPoint) return null;
  const current = state.entryId ? index.entries.get(state.entryId) : undefined;
  if (kind === 'why') {
    const reply = overviewReply(index, painPoint, 1);
    return { ...reply, title: `Why: ${painPoint.title}` };
  }
  // Stay in the pain point: related entries of the same pain point first, then its other entries.
  const samePainPoint = (id: string): boolean => index.entries.get(id)?.painPoint === painPoint.id;
  const candidates = [
    ...(current?.related ?? []).filter(samePainPoint),
    ...index.knowledge.entries.filter((e) => e.painPoint === painPoint.id).map((e) => e.id),
  ];
  let nextId = candidates.find((id) => id !== current?.id && !state.shown.includes(id));
  if (kind === 'examples' && current) {
    const probe = matchQuestion(index, `examples of ${current.title}`);
    const found = probe.outcome === 'answer' ? probe.candidate.entryId : null;
    if (found && samePainPoint(found) && found !== current.id && !state.shown.includes(found)) nextId = found;
  }
  const next = nextId ? index.entries.get(nextId) : undefined;
  if (!next) return overviewReply(index, painPoint, 1);
  return entryReply(index, next, 1, state.shown);
}

/** Names a topic directly: its id (`cost-control`) or its menu label ("Cost control"). */
function namedTopic(index: KnowledgeIndex, text: string): Reply | null {
  const t = text.trim().toLowerCase();
  const painPoint = index.knowledge.painPoints.find((p) => p.id === t || p.label.toLowerCase() === t);
  return painPoint ? overviewReply(index, painPoint, 1) : null;
}

/** A question in the user's own words → answer, clarify, smalltalk or fallback. */
export function questionReply(index: KnowledgeIndex, text: string, state: ConversationState | undefined): Reply {
  const direct = followUpReply(index, text, state) ?? namedTopic(index, text);
  if (direct) return direct;
  if (writtenInOtherScript(text)) return otherLanguageReply(index);
  // "Hi Alexey, quick question: … ```trace``` Thanks!": the matcher and the quoted passages read the question alone.
  let asked = questionText(text);
  let match = matchQuestion(index, asked);
  const past = pastIntroduction(index, asked, match);
  if (past) [asked, match] = [past.text, past.match];
  if (match.outcome === 'smalltalk' || match.outcome === 'fallback') {
    // "thanks! and how much is a notebook?": the question after the pleasantry is what needs an answer.
    const rest = stripPleasantries(asked);
    const inner = rest ? matchQuestion(index, rest) : undefined;
    if (inner && (inner.outcome === 'answer' || inner.outcome === 'clarify')) match = inner;
  }
  // A reply that does not answer, to a question about a named tool, also points to that tool's own pages.
  const pointing = (reply: Reply): Reply => withToolPointers(reply, toolMentions(index.knowledge.tools, text));
  switch (match.outcome) {
    case 'smalltalk':
      return smalltalkReply(index, match.intent, match.confidence);
    case 'clarify':
      return pointing(clarifyReply(index, match.candidates, match.confidence, asked));
    case 'fallback':
      return pointing(fallbackReply(index, match.confidence, declinedSuggestions(index, match.candidates), asked));
    case 'answer': {
      const { entryId, painPoint, nearest } = match.candidate;
      const topic = index.painPoints.get(painPoint);
      const entry = entryId ? index.entries.get(entryId) : undefined;
      if (!match.covered && topic) {
        const closest = entry && match.entryConfidence >= (index.thresholds.closest ?? Infinity) ? nearestAnswer(index, entry, nearest) : undefined;
        return uncoveredReply(index, topic, asked, nearest, match.confidence, closest);
      }
      if (entry) return entryReply(index, entry, match.confidence, state?.shown);
      return topic ? overviewReply(index, topic, match.confidence) : fallbackReply(index, match.confidence);
    }
  }
}
