import type { DigestSchedulerOptions } from '../../adapters/digest/digest-scheduler.js';
import type { QuestionRow } from '../../adapters/store/reporting.js';

/** What the digest scheduler needs of a store, in memory and without timers (for fake-timer tests). */
export interface DigestStore extends Pick<DigestSchedulerOptions['store'], keyof DigestSchedulerOptions['store']> {
  claims: Map<string, string>;
  questions: QuestionRow[];
}

export function digestStore(): DigestStore {
  const store: DigestStore = {
    claims: new Map(),
    questions: [],
    async claimDigest(period, owner) {
      if (store.claims.has(period)) return false;
      store.claims.set(period, owner);
      return true;
    },
    questionsSince: async (since) => store.questions.filter((q) => q.at >= since),
    feedbackSince: async () => [],
    escalationsSince: async () => [],
    entrySignalsSince: async () => [],
    gapVotesSince: async () => [],
  };
  return store;
}
