import type { EscalationRow, FeedbackRow, GapVoteRow, QuestionRow } from '../store/reporting.js';
import { buildReport, none, type CountRow } from './build-report.js';
import { defaultGapMinPeople, gapClusters, shownWordings } from './gap-clusters.js';
import type { HandOffSummary } from './hand-offs.js';

/** Rows read from the store; rows outside the periods asked for are left out here. */
export interface DigestInput {
  questions: readonly QuestionRow[];
  feedback: readonly FeedbackRow[];
  escalations: readonly EscalationRow[];
  gapVotes: readonly GapVoteRow[];
  /** The period: from `since` (included) to `until` (excluded). The previous period has the same length. */
  since: number;
  until: number;
  /** The fewest different people behind a gap before its wordings are shown (GAP_MIN_PEOPLE). */
  minPeople?: number;
  /** How many periods the chart shows, this one last (default 8). */
  chartPeriods?: number;
}

/** A pain point's questions in this period and in the previous one. */
export interface PainPointTrend {
  key: string;
  count: number;
  previous: number;
}

/** A gap at least `minPeople` people are behind: only then are its wordings here. */
export interface DigestGap {
  wordings: string[];
  people: number;
  meToo: number;
  painPoint: string | null;
}

/** One bar of the chart: the questions of one period, per pain point. */
export interface DigestBucket {
  since: number;
  until: number;
  total: number;
  perPainPoint: CountRow[];
}

export interface Digest {
  since: number;
  until: number;
  questions: number;
  previousQuestions: number;
  /** answer, clarify, fallback, then any other outcome seen (`uncovered`…). */
  outcomes: CountRow[];
  /** Every pain point asked about in either period, most asked this period first; `(none)` for no pain point. */
  painPoints: PainPointTrend[];
  gaps: {
    /** The largest gaps whose wordings may be shown, most people first. */
    top: DigestGap[];
    /** Further gaps that could be shown but did not fit. */
    more: number;
    /** Gaps from fewer than `minPeople` people: counted, never shown. */
    hidden: number;
    minPeople: number;
  };
  /** 👍/👎 in the period (the 👎 form's comments are not shown: they are gap evidence). */
  feedback: { up: number; down: number; entries: { entryId: string; up: number; down: number }[] };
  handOffs: HandOffSummary;
  /** The chart's periods, oldest first, this period last. */
  buckets: DigestBucket[];
}

export const digestTopGaps = 5;
export const digestWordingsPerGap = 3;
export const digestChartPeriods = 8;

const inPeriod = (since: number, until: number) => (row: { at: number }): boolean => row.at >= since && row.at < until;

function buckets(questions: readonly QuestionRow[], since: number, until: number, count: number): DigestBucket[] {
  const length = until - since;
  return Array.from({ length: count }, (_, i) => {
    const start = until - (count - i) * length;
    const rows = questions.filter(inPeriod(start, start + length));
    const counts = new Map<string, number>();
    for (const q of rows) counts.set(q.painPoint ?? none, (counts.get(q.painPoint ?? none) ?? 0) + 1);
    const perPainPoint = [...counts].map(([key, n]) => ({ key, count: n })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    return { since: start, until: start + length, total: rows.length, perPainPoint };
  });
}

function trends(current: readonly CountRow[], previous: readonly CountRow[]): PainPointTrend[] {
  const keys = new Set([...current.map((r) => r.key), ...previous.map((r) => r.key)]);
  const count = (rows: readonly CountRow[], key: string): number => rows.find((r) => r.key === key)?.count ?? 0;
  return [...keys]
    .map((key) => ({ key, count: count(current, key), previous: count(previous, key) }))
    .sort((a, b) => b.count - a.count || b.previous - a.previous || a.key.localeCompare(b.key));
}

/**
 * The weekly digest's figures from the store's rows (pure: the caller reads the store). Gap wordings come only
 * through `shownWordings`, so a gap fewer than `minPeople` people hit is a count; user keys are never copied.
 */
export function buildDigest(input: DigestInput): Digest {
  const { since, until } = input;
  const length = until - since;
  const minPeople = input.minPeople ?? defaultGapMinPeople;
  const current = inPeriod(since, until);
  const questions = input.questions.filter(current);
  const report = buildReport({
    questions, feedback: input.feedback.filter(current), escalations: input.escalations.filter(current), since, until,
  });
  const previous = buildReport({ questions: input.questions.filter(inPeriod(since - length, since)), feedback: [], since: since - length, until: since });
  const clusters = gapClusters({
    questions, feedback: input.feedback.filter(current), escalations: input.escalations.filter(current), gapVotes: input.gapVotes.filter(current),
  });
  const shown = clusters.flatMap((c): DigestGap[] => {
    const wordings = shownWordings(c, minPeople);
    return wordings.length ? [{ wordings: wordings.slice(0, digestWordingsPerGap), people: c.people, meToo: c.sources['me-too'] ?? 0, painPoint: c.painPoint }] : [];
  });
  return {
    since,
    until,
    questions: report.questions,
    previousQuestions: previous.questions,
    outcomes: report.outcomes,
    painPoints: trends(report.painPoints, previous.painPoints),
    gaps: { top: shown.slice(0, digestTopGaps), more: Math.max(0, shown.length - digestTopGaps), hidden: clusters.length - shown.length, minPeople },
    feedback: {
      up: report.feedback.up,
      down: report.feedback.down,
      entries: report.feedback.entries.filter((e) => e.up + e.down > 0).map(({ entryId, up, down }) => ({ entryId, up, down })),
    },
    handOffs: report.handOffs,
    buckets: buckets(input.questions, since, until, input.chartPeriods ?? digestChartPeriods),
  };
}
