import type { EntrySignalRow, EscalationRow, FeedbackRow, GapVoteRow, QuestionRow } from '../../adapters/store/reporting.js';

/** A logged question as the report reads it, with sensible defaults. */
export const questionRow = (over: Partial<QuestionRow>): QuestionRow => ({
  at: 1_000, platform: 'slack', workspaceId: 'T1', text: 'q', outcome: 'answer', painPoint: 'data', entryId: 'e1',
  confidence: 0.9, channelMode: null, questionId: null, userKey: 'k1', ...over,
});

export const feedbackRow = (over: Partial<FeedbackRow>): FeedbackRow => ({
  at: 1_000, platform: 'slack', workspaceId: 'T1', entryId: 'e1', painPoint: 'data', vote: 'up', comment: null, userKey: 'k1', ...over,
});

/** A "me too" on a question. */
export const gapVoteRow = (over: Partial<GapVoteRow> & Pick<GapVoteRow, 'questionId' | 'userKey'>): GapVoteRow => ({
  at: 1_000, text: null, painPoint: null, outcome: 'fallback', platform: 'slack', workspaceId: null, ...over,
});

/** An "Ask a person" hand-off, open unless `resolvedAt` is given. */
export const escalationRow = (over: Partial<EscalationRow>): EscalationRow => ({
  at: 1_000, platform: 'slack', workspaceId: null, channelMode: 'auto', painPoint: 'data', entryId: null, resolvedAt: null, questionId: null,
  userKey: 'k1', ...over,
});

/** A click's verdict on an entry as `kb suggest` reads it. */
export const signalRow = (over: Partial<EntrySignalRow>): EntrySignalRow => ({
  at: 1_000, questionId: 'q1', signal: 'pick', text: 'q', entryId: 'e1', platform: 'slack', userKey: 'k1', ...over,
});
