import type { Logger } from 'pino';
import { openStore } from '../../store/open-store.js';
import type { EntrySignalRow, EscalationRow, FeedbackRow, GapVoteRow, QuestionRow } from '../../store/reporting.js';
import type { StoreEnv } from '../../store/store-env.js';

export interface StoreRows {
  questions: QuestionRow[];
  feedback: FeedbackRow[];
  escalations: EscalationRow[];
  signals: EntrySignalRow[];
  gapVotes: GapVoteRow[];
}

/** Everything `kb suggest` reads from the store since `since`; the store is opened without purging and closed. */
export async function readSuggestRows(env: StoreEnv, logger: Logger, since: number): Promise<StoreRows> {
  const store = await openStore(env, logger, { purgeIntervalMs: false });
  try {
    const [questions, feedback, escalations, signals, gapVotes] = await Promise.all([
      store.questionsSince(since),
      store.feedbackSince(since),
      store.escalationsSince(since),
      store.entrySignalsSince(since),
      store.gapVotesSince(since),
    ]);
    return { questions, feedback, escalations, signals, gapVotes };
  } finally {
    await store.close();
  }
}
