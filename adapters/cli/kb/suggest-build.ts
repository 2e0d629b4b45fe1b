import type { Entry } from '../../../src/knowledge/schema.js';
import { gapClusters } from '../../report/gap-clusters.js';
import type { EntrySignalRow, EscalationRow, FeedbackRow, GapVoteRow, QuestionRow } from '../../store/reporting.js';
import { confirmedQuestions } from './suggest-confirmed.js';
import { gapSuggestions, type GapSuggestion } from './suggest-gaps.js';
import { phrasingSuggestions, type PhrasingSuggestions } from './suggest-phrasings.js';

/** What the store holds for the period, and the knowledge's entries. */
export interface SuggestInput {
  questions: readonly QuestionRow[];
  feedback: readonly FeedbackRow[];
  escalations: readonly EscalationRow[];
  signals: readonly EntrySignalRow[];
  gapVotes: readonly GapVoteRow[];
  entries: readonly Entry[];
  /** `GAP_MIN_PEOPLE`: the fewest different people whose words may appear. */
  minPeople: number;
}

export interface Suggestions extends PhrasingSuggestions {
  /** Questions logged in the period. */
  questions: number;
  /** Questions confirmed on an entry by a click (and not 👎'd there). */
  confirmed: number;
  /** Question–entry pairs 👎'd: never suggested. */
  vetoed: number;
  gaps: GapSuggestion[];
}

/** New example phrasings for entries and the period's knowledge gaps, with words only from enough people. */
export function buildSuggestions(input: SuggestInput): Suggestions {
  const { confirmed, vetoed } = confirmedQuestions(input.questions, input.signals);
  const clusters = gapClusters({ questions: input.questions, feedback: input.feedback, escalations: input.escalations, gapVotes: input.gapVotes });
  return {
    ...phrasingSuggestions(confirmed, input.entries, { minPeople: input.minPeople }),
    questions: input.questions.length,
    confirmed: confirmed.length,
    vetoed,
    gaps: gapSuggestions(clusters, confirmed, input.minPeople),
  };
}
