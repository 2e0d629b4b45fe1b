import type { EscalationRow, FeedbackRow, GapVoteRow, QuestionRow, Reporting } from '../store/reporting.js';

/** The rows a report, the admins' stats and the digest are built from. */
export interface ReportRows {
  questions: QuestionRow[];
  feedback: FeedbackRow[];
  escalations: EscalationRow[];
  gapVotes: GapVoteRow[];
}

/**
 * Reads the report's rows since `since`, in parallel. `questionsSince` reads the questions from another point (the
 * digest's chart reaches back further than its period).
 */
export async function readReportRows(store: Reporting, since: number, questionsSince = since): Promise<ReportRows> {
  const [questions, feedback, escalations, gapVotes] = await Promise.all([
    store.questionsSince(questionsSince),
    store.feedbackSince(since),
    store.escalationsSince(since),
    store.gapVotesSince(since),
  ]);
  return { questions, feedback, escalations, gapVotes };
}
