import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../adapters/report/build-report.js';
import { questionsPerChannelMode, summariseHandOffs } from '../../../adapters/report/hand-offs.js';
import { renderCsv } from '../../../adapters/report/render-csv.js';
import { renderReport } from '../../../adapters/report/render-report.js';
import type { EscalationRow } from '../../../adapters/store/reporting.js';
import { questionRow } from '../../fakes/store-rows.js';

const minute = 60_000;
const escalation = (over: Partial<EscalationRow>): EscalationRow => ({
  at: 1_000, platform: 'slack', workspaceId: 'T1', channelMode: 'auto', painPoint: 'infrastructure', entryId: 'e1', resolvedAt: null, questionId: null, userKey: 'k1', ...over,
});

describe('hand-offs in the report', () => {
  it('GIVEN hand-offs THEN per pain point, the resolution rate and the median time to resolution', () => {
    const summary = summariseHandOffs([
      escalation({ resolvedAt: 1_000 + 10 * minute }),
      escalation({ resolvedAt: 1_000 + 30 * minute }),
      escalation({ painPoint: 'cost-control', resolvedAt: 1_000 + 50 * minute }),
      escalation({ painPoint: null }),
    ]);
    expect(summary).toEqual({
      total: 4,
      resolved: 3,
      resolutionRate: 0.75,
      medianMinutesToResolve: 30,
      perPainPoint: [{ key: 'infrastructure', count: 2 }, { key: '(none)', count: 1 }, { key: 'cost-control', count: 1 }],
    });
  });

  it('GIVEN an even number resolved THEN the median is the mean of the middle two; none resolved THEN n/a', () => {
    expect(summariseHandOffs([escalation({ resolvedAt: 1_000 + minute }), escalation({ resolvedAt: 1_000 + 4 * minute })]).medianMinutesToResolve).toBe(2.5);
    expect(summariseHandOffs([escalation({})])).toMatchObject({ resolved: 0, resolutionRate: 0, medianMinutesToResolve: null });
    expect(summariseHandOffs([])).toMatchObject({ total: 0, resolutionRate: null, medianMinutesToResolve: null });
  });

  it('GIVEN questions from channels and elsewhere THEN they are counted per channel mode', () => {
    const rows = [questionRow({ channelMode: 'auto' }), questionRow({ channelMode: 'auto' }), questionRow({ channelMode: 'mention' }), questionRow({})];
    expect(questionsPerChannelMode(rows)).toEqual([
      { key: 'auto', count: 2 },
      { key: '(not in a channel)', count: 1 },
      { key: 'mention', count: 1 },
    ]);
  });

  it('GIVEN a period THEN the text, CSV and JSON reports show only its hand-offs', () => {
    const report = buildReport({
      questions: [questionRow({ at: 2_000, channelMode: 'confident' })],
      feedback: [],
      escalations: [escalation({ at: 500 }), escalation({ at: 2_000, resolvedAt: 2_000 + 6 * minute })],
      since: 1_000,
      until: 10 * minute,
    });
    expect(report.handOffs).toMatchObject({ total: 1, resolved: 1, medianMinutesToResolve: 6 });
    const text = renderReport(report);
    expect(text).toContain('Questions per channel mode');
    expect(text).toMatch(/confident\s+1 100%/);
    expect(text).toContain('1 hand-off, 1 resolved (100%), median time to resolution 6 min');
    expect(renderCsv(report)).toContain('hand_off_resolved,all,1,,,median 6 min');
  });

  it('GIVEN no hand-offs THEN the text says so', () => {
    const text = renderReport(buildReport({ questions: [], feedback: [], since: 0, until: 1 }));
    expect(text).toContain('Hand-offs to a person ("Ask a person")\n  (none in this period)');
  });
});

describe('"me too" in the report', () => {
  it('GIVEN me-too votes in the period THEN the report counts them per gap, with distinct people, in text and CSV', () => {
    const questions = [
      questionRow({ at: 2_000, questionId: 'q1', userKey: 'a', outcome: 'fallback', painPoint: null, text: 'how do we certify our model for ISO 42001?' }),
      questionRow({ at: 2_000, questionId: 'q2', userKey: 'b', outcome: 'fallback', painPoint: null, text: 'can we run inference on Graviton CPUs?' }),
    ];
    const vote = (questionId: string, userKey: string, at = 3_000) => ({
      at, questionId, text: null, painPoint: null, outcome: 'fallback', platform: 'slack', workspaceId: null, userKey,
    });
    const report = buildReport({ questions, feedback: [], gapVotes: [vote('q1', 'c'), vote('q1', 'd'), vote('q1', 'e', 500)], since: 1_000, until: 10_000 });
    expect(report.meToo).toEqual({ votes: 2, gaps: [{ representative: 'how do we certify our model for ISO 42001?', people: 3, votes: 2 }] });
    expect(renderReport(report)).toContain('"Me too": 2 votes on knowledge gaps\n    2× me too, 3 people: "how do we certify our model for ISO 42001?"');
    expect(renderCsv(report)).toContain('me_too,how do we certify our model for ISO 42001?,2,,,3 people');
  });
});
