import type { EscalationRow, FeedbackRow, GapVoteRow, QuestionRow } from '../store/reporting.js';
import { clusterQuestions, type QuestionGroup } from './cluster-questions.js';
import { gapClusters } from './gap-clusters.js';
import { questionsPerChannelMode, summariseHandOffs, type CountRow, type HandOffSummary } from './hand-offs.js';

export type { CountRow };

export interface EntryFeedback {
  entryId: string;
  painPoint: string | null;
  up: number;
  down: number;
  /** What users said they missed (the 👎 form), newest first. */
  comments: string[];
}

export interface Report {
  since: number;
  until: number;
  questions: number;
  /** Questions per pain point, most asked first; `(none)` for questions that matched no pain point. */
  painPoints: CountRow[];
  /** answer, clarify, fallback always present (in that order), then any other outcome seen. */
  outcomes: CountRow[];
  /** Unanswered (fallback) questions grouped by similarity: the knowledge to write next. */
  gaps: QuestionGroup[];
  /** Unanswered questions whose text was not logged (LOG_QUESTIONS=false). */
  gapsWithoutText: number;
  /**
   * Questions under a clear pain point that no entry addresses (answered at the pain-point level): per pain
   * point, most first, grouped by similarity. Apart from fallbacks: here the topic is known, the entry is missing.
   */
  uncovered: UncoveredRow[];
  feedback: { total: number; up: number; down: number; entries: EntryFeedback[] };
  /** Questions per channel mode (`mention`, `auto`, `confident`), and those asked outside a channel. */
  channelModes: CountRow[];
  /** "Ask a person": per pain point, resolution rate and median time to resolution. */
  handOffs: HandOffSummary;
  /** "Me too" votes in the period, and the gaps they went to (most people first). */
  meToo: { votes: number; gaps: MeTooGap[] };
}

/** A gap with "me too" votes: its most asked wording, its distinct people and its votes. */
export interface MeTooGap {
  representative: string;
  people: number;
  votes: number;
}

export interface UncoveredRow {
  painPoint: string;
  count: number;
  groups: QuestionGroup[];
  /** Of `count`, questions whose text was not logged. */
  withoutText: number;
}

export const none = '(none)';
const mainOutcomes = ['answer', 'clarify', 'fallback'];

function countBy<T>(items: readonly T[], key: (item: T) => string, seed: readonly string[] = []): CountRow[] {
  const counts = new Map<string, number>(seed.map((k) => [k, 0]));
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, count]) => ({ key: k, count }));
}

function feedbackPerEntry(rows: readonly FeedbackRow[]): EntryFeedback[] {
  const entries = new Map<string, EntryFeedback>();
  for (const row of rows) {
    const entryId = row.entryId ?? none;
    const entry = entries.get(entryId) ?? { entryId, painPoint: row.painPoint, up: 0, down: 0, comments: [] };
    entries.set(entryId, entry);
    // The 👎 form's answer arrives after the 👎 click was stored: it is a comment, not a second vote.
    if (row.comment?.trim()) entry.comments.unshift(row.comment.trim());
    else if (row.vote === 'up') entry.up++;
    else entry.down++;
  }
  return [...entries.values()].sort((a, b) => b.down - a.down || b.up + b.down - (a.up + a.down) || a.entryId.localeCompare(b.entryId));
}

function uncoveredPerPainPoint(rows: readonly QuestionRow[]): UncoveredRow[] {
  const byPainPoint = new Map<string, QuestionRow[]>();
  for (const row of rows) {
    const key = row.painPoint ?? none;
    byPainPoint.set(key, [...(byPainPoint.get(key) ?? []), row]);
  }
  return [...byPainPoint]
    .map(([painPoint, items]) => ({
      painPoint,
      count: items.length,
      groups: clusterQuestions(items.flatMap((q) => (q.text === null ? [] : [q.text]))),
      withoutText: items.filter((q) => q.text === null).length,
    }))
    .sort((a, b) => b.count - a.count || a.painPoint.localeCompare(b.painPoint));
}

function meTooGaps(questions: readonly QuestionRow[], feedback: readonly FeedbackRow[], escalations: readonly EscalationRow[], gapVotes: readonly GapVoteRow[]): Report['meToo'] {
  const gaps = gapClusters({ questions, feedback, escalations, gapVotes })
    .filter((c) => (c.sources['me-too'] ?? 0) > 0)
    .map((c) => ({ representative: c.representative, people: c.people, votes: c.sources['me-too'] ?? 0 }));
  return { votes: gapVotes.length, gaps };
}

/** The report's figures, computed from the rows alone (pure: the command does the I/O). */
export function buildReport(input: {
  questions: readonly QuestionRow[];
  feedback: readonly FeedbackRow[];
  escalations?: readonly EscalationRow[];
  gapVotes?: readonly GapVoteRow[];
  since: number;
  until: number;
}): Report {
  const within = (at: number): boolean => at >= input.since && at <= input.until;
  const questions = input.questions.filter((q) => within(q.at));
  const feedback = input.feedback.filter((f) => within(f.at));
  const unanswered = questions.filter((q) => q.outcome === 'fallback');
  const votes = feedback.filter((f) => !f.comment?.trim());
  const byPainPoint = countBy(questions, (q) => q.painPoint ?? none);
  const outcomes = countBy(questions, (q) => q.outcome, mainOutcomes);
  return {
    since: input.since,
    until: input.until,
    questions: questions.length,
    painPoints: byPainPoint.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    outcomes: [
      ...outcomes.filter((o) => mainOutcomes.includes(o.key)),
      ...outcomes.filter((o) => !mainOutcomes.includes(o.key)).sort((a, b) => b.count - a.count),
    ],
    gaps: clusterQuestions(unanswered.flatMap((q) => (q.text === null ? [] : [q.text]))),
    gapsWithoutText: unanswered.filter((q) => q.text === null).length,
    uncovered: uncoveredPerPainPoint(questions.filter((q) => q.outcome === 'uncovered')),
    feedback: {
      total: votes.length,
      up: votes.filter((f) => f.vote === 'up').length,
      down: votes.filter((f) => f.vote === 'down').length,
      entries: feedbackPerEntry(feedback),
    },
    channelModes: questionsPerChannelMode(questions),
    handOffs: summariseHandOffs((input.escalations ?? []).filter((e) => within(e.at))),
    meToo: meTooGaps(questions, feedback, input.escalations ?? [], (input.gapVotes ?? []).filter((v) => within(v.at))),
  };
}
