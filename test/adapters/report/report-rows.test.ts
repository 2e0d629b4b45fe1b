import { describe, expect, it } from 'vitest';
import { readReportRows } from '../../../adapters/report/report-rows.js';
import type { Reporting } from '../../../adapters/store/reporting.js';

/** A store that answers each read with the point it was asked from, so the test sees who read from where. */
function recordingStore(): { store: Reporting; asked: Record<string, number> } {
  const asked: Record<string, number> = {};
  const read = (name: string) => async (since: number) => {
    asked[name] = since;
    return [];
  };
  const store: Reporting = {
    questionsSince: read('questions'),
    feedbackSince: read('feedback'),
    escalationsSince: read('escalations'),
    entrySignalsSince: read('signals'),
    gapVotesSince: read('gapVotes'),
  };
  return { store, asked };
}

describe('readReportRows', () => {
  it('GIVEN a start THEN questions, feedback, hand-offs and "me too" votes are read from it (not the entry signals)', async () => {
    const { store, asked } = recordingStore();
    const rows = await readReportRows(store, 1_000);
    expect(asked).toEqual({ questions: 1_000, feedback: 1_000, escalations: 1_000, gapVotes: 1_000 });
    expect(rows).toEqual({ questions: [], feedback: [], escalations: [], gapVotes: [] });
  });

  it('GIVEN another start for the questions (the digest chart reaches back) THEN only the questions are read from it', async () => {
    const { store, asked } = recordingStore();
    await readReportRows(store, 1_000, 200);
    expect(asked).toEqual({ questions: 200, feedback: 1_000, escalations: 1_000, gapVotes: 1_000 });
  });
});
