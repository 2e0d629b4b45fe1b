import { createHash } from 'node:crypto';
import type { EscalationRow, FeedbackRow, GapVoteRow, QuestionRow } from '../store/reporting.js';
import { groupBySimilarity, oneLine, wordingsByFrequency } from './cluster-questions.js';

/** Where a piece of evidence for a gap came from. */
export type GapSource = 'fallback' | 'uncovered' | 'comment' | 'escalation' | 'me-too';

/** One piece of evidence: a text, who it came from (a keyed hash), and the pain point it leans to. */
interface Evidence {
  text: string;
  userKey: string;
  painPoint: string | null;
  source: GapSource;
  questionId: string | null;
}

/** Questions nobody could be helped with, grouped by similarity and ranked by how many people hit them. */
export interface GapCluster {
  /** Stable for the same representative wording: lets a suggestion or a digest line be referred to. */
  id: string;
  representative: string;
  /** Distinct wordings, most frequent first (the representative first). */
  wordings: string[];
  /** Distinct people (user keys) behind the evidence, "me too" votes included. */
  people: number;
  /** Pieces of evidence per source. */
  sources: Partial<Record<GapSource, number>>;
  /** The pain point most of the evidence leans to; null when none does. */
  painPoint: string | null;
  /** Ids of the questions in the cluster (for "me too" and notices). */
  questionIds: string[];
}

export interface GapInput {
  questions: readonly QuestionRow[];
  feedback: readonly FeedbackRow[];
  escalations: readonly EscalationRow[];
  gapVotes: readonly GapVoteRow[];
}

const mostCommon = (values: readonly (string | null)[]): string | null => {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
};

function evidence(input: GapInput): Evidence[] {
  const byId = new Map(input.questions.filter((q) => q.questionId).map((q) => [q.questionId, q]));
  const asked = input.questions
    .filter((q) => (q.outcome === 'fallback' || q.outcome === 'uncovered') && q.text)
    .map((q): Evidence => ({ text: oneLine(q.text ?? ''), userKey: q.userKey, painPoint: q.painPoint, source: q.outcome as GapSource, questionId: q.questionId }));
  const comments = input.feedback
    .filter((f) => f.comment?.trim())
    .map((f): Evidence => ({ text: oneLine(f.comment ?? ''), userKey: f.userKey, painPoint: f.painPoint, source: 'comment', questionId: null }));
  const escalated = input.escalations.flatMap((e): Evidence[] => {
    const question = e.questionId ? byId.get(e.questionId) : undefined;
    return question?.text ? [{ text: oneLine(question.text), userKey: e.userKey, painPoint: e.painPoint, source: 'escalation', questionId: e.questionId }] : [];
  });
  return [...asked, ...comments, ...escalated];
}

/**
 * The knowledge gaps of a period: fallbacks, "no specific answer yet" answers, 👎 comments and hand-offs, grouped by
 * similar wording; each "me too" vote adds its voter to the cluster of the question voted on. Ranked by distinct
 * people, then by evidence. Texts are all here: show them only through `shownWordings`.
 */
export function gapClusters(input: GapInput): GapCluster[] {
  const votesByQuestion = new Map<string, GapVoteRow[]>();
  for (const vote of input.gapVotes) votesByQuestion.set(vote.questionId, [...(votesByQuestion.get(vote.questionId) ?? []), vote]);
  return groupBySimilarity(evidence(input), (e) => e.text)
    .map((items, order) => {
      const questionIds = [...new Set(items.flatMap((e) => (e.questionId ? [e.questionId] : [])))];
      const votes = questionIds.flatMap((id) => votesByQuestion.get(id) ?? []);
      const sources: Partial<Record<GapSource, number>> = {};
      for (const e of items) sources[e.source] = (sources[e.source] ?? 0) + 1;
      if (votes.length) sources['me-too'] = votes.length;
      const wordings = wordingsByFrequency(items.map((e) => e.text));
      const representative = wordings[0] ?? '';
      return {
        id: createHash('sha1').update(representative.toLowerCase()).digest('hex').slice(0, 10),
        representative,
        wordings,
        people: new Set([...items.map((e) => e.userKey), ...votes.map((v) => v.userKey)]).size,
        sources,
        painPoint: mostCommon(items.map((e) => e.painPoint)),
        questionIds,
        order,
        weight: items.length + votes.length,
      };
    })
    .sort((a, b) => b.people - a.people || b.weight - a.weight || a.order - b.order)
    .map(({ order: _order, weight: _weight, ...cluster }) => cluster);
}

/** The fewest distinct people whose words may be shown (`GAP_MIN_PEOPLE`, default 3). */
export const defaultGapMinPeople = 3;

/** A cluster's wordings when at least `minPeople` different people are behind it; none otherwise (privacy). */
export function shownWordings(cluster: GapCluster, minPeople = defaultGapMinPeople): string[] {
  return cluster.people >= minPeople ? cluster.wordings : [];
}
