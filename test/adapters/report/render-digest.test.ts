import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../adapters/report/build-digest.js';
import { change, describeLength, renderDigest } from '../../../adapters/report/render-digest.js';
import { escalationRow, feedbackRow, gapVoteRow, questionRow } from '../../fakes/store-rows.js';

const week = 7 * 86_400_000;
const until = Date.UTC(2026, 10, 30, 8); // Monday 09:00 in Paris
const since = until - week;

/** A week of use: 2 pain points, a gap from 3 people (one by "me too"), a gap from 2, votes and hand-offs. */
function weekOfUse() {
  const q = (over: Parameters<typeof questionRow>[0]) => questionRow({ at: since + 1_000, userKey: 'secret-user-key-1', ...over });
  return buildDigest({
    since, until,
    questions: [
      ...Array.from({ length: 5 }, () => q({ painPoint: 'data-preparation', outcome: 'answer' })),
      q({ at: since - 1, painPoint: 'data-preparation' }),
      q({ at: since - 2, painPoint: 'cost-control' }),
      q({ at: since - 3, painPoint: 'cost-control' }),
      q({ painPoint: 'cost-control', outcome: 'answer' }),
      q({ questionId: 'g1', userKey: 'u1', outcome: 'fallback', painPoint: null, text: 'how do we label images cheaply?' }),
      q({ questionId: 'g2', userKey: 'u2', outcome: 'uncovered', painPoint: 'data-preparation', text: 'cheapest way to label images?' }),
      q({ questionId: 'h1', userKey: 'u3', outcome: 'fallback', painPoint: null, text: 'project falcon budget?' }),
      q({ questionId: 'h2', userKey: 'u4', outcome: 'fallback', painPoint: null, text: 'project falcon budget?' }),
    ],
    gapVotes: [gapVoteRow({ at: since + 2_000, questionId: 'g1', userKey: 'u5' })],
    feedback: [
      feedbackRow({ at: since + 1, entryId: 'labelling-tools', vote: 'up' }),
      feedbackRow({ at: since + 2, entryId: 'labelling-tools', vote: 'down' }),
      feedbackRow({ at: since + 3, entryId: 'labelling-tools', vote: 'down', comment: 'my private complaint' }),
    ],
    escalations: [
      escalationRow({ at: since + 10, painPoint: 'cost-control', resolvedAt: since + 10 + 30 * 60_000 }),
      escalationRow({ at: since + 20, painPoint: 'cost-control', resolvedAt: since + 20 + 90 * 60_000 }),
      escalationRow({ at: since + 30, painPoint: 'data-preparation' }),
    ],
  });
}

describe('renderDigest', () => {
  it('GIVEN a week of use THEN the text shows the period, each pain point against the previous week, gaps, feedback and hand-offs', () => {
    const text = renderDigest(weekOfUse(), { timeZone: 'Europe/Paris' }).join('\n\n');
    expect(text).toContain('ML Advisor digest: 2026-11-23 09:00 → 2026-11-30 09:00 (Europe/Paris)');
    expect(text).toContain('10 questions, 3 in the previous 7 days (+7, +233%)');
    expect(text).toContain('Outcomes: 6 answered, 3 unanswered, 1 no specific answer yet');
    expect(text).toContain('• data-preparation: 6, previously 1 (+5, +500%)');
    expect(text).toContain('• cost-control: 1, previously 2 (-1, -50%)');
    expect(text).toContain('1. "how do we label images cheaply?", also "cheapest way to label images?" · 3 people, 1 "me too"');
    // The falcon questions (2 people) and the 👎 comment (1 person): counted, never quoted.
    expect(text).toContain('2 more gaps from fewer than 3 people each (not shown)');
    expect(text).toContain('• labelling-tools: 1 👍, 1 👎');
    expect(text).toContain('Hand-offs ("Ask a person"): 3, 2 resolved (67%), median 60 min to resolve');
    expect(text).toContain('by pain point: cost-control 2, data-preparation 1');
    expect(text).not.toMatch(/falcon|private complaint|secret-user-key|u[1-5]\b/);
    expect(text).not.toContain('█');
  });

  it('GIVEN bars THEN the chart follows as text bars, one per period and one per pain point', () => {
    const sections = renderDigest(weekOfUse(), { timeZone: 'Europe/Paris', bars: true });
    const bars = sections.at(-1) ?? '';
    expect(bars).toContain('Questions per period (the last 8, from the start of each)');
    expect(bars).toMatch(/ {2}11-23 {2}10 █{24}$/m);
    expect(bars).toMatch(/ {2}11-16 {2} 3 █{7}/m);
    expect(bars).toMatch(/ {2}data-preparation {2}6 █{24}$/m);
  });

  it('GIVEN an empty store THEN every section says so', () => {
    const text = renderDigest(buildDigest({ since, until, questions: [], feedback: [], escalations: [], gapVotes: [] }), { timeZone: 'UTC' }).join('\n');
    expect(text).toContain('0 questions, 0 in the previous 7 days (=)');
    expect(text).toContain('(no questions in either period)');
    expect(text).toContain('(none: every question found an answer)');
    expect(text).toContain('(no 👍 or 👎 this period)');
    expect(text).toContain('Hand-offs ("Ask a person"): none this period');
  });

  it('GIVEN lengths and changes THEN they read naturally', () => {
    expect([describeLength(week), describeLength(86_400_000), describeLength(3 * 3_600_000), describeLength(60_000), describeLength(1_000)])
      .toEqual(['7 days', '1 day', '3 hours', '1 minute', '1 second']);
    // The week the clocks change.
    expect([describeLength(week - 3_600_000), describeLength(week + 3_600_000), describeLength(25 * 3_600_000), describeLength(26 * 3_600_000)]).toEqual(['7 days', '7 days', '1 day', '26 hours']);
    expect([change(3, 3), change(5, 0), change(2, 4)]).toEqual(['=', '+5', '-2, -50%']);
  });
});
