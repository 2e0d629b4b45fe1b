import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../adapters/report/build-report.js';
import { csvField, renderCsv } from '../../../adapters/report/render-csv.js';
import { renderJson } from '../../../adapters/report/render-json.js';
import { renderReport } from '../../../adapters/report/render-report.js';
import { textBar } from '../../../adapters/report/text-bar.js';
import { feedbackRow as f, questionRow as q } from '../../fakes/store-rows.js';

const report = buildReport({
  since: Date.UTC(2026, 0, 1),
  until: Date.UTC(2026, 0, 31),
  questions: [
    ...Array.from({ length: 10 }, () => q({ at: Date.UTC(2026, 0, 2), painPoint: 'data-quality' })),
    ...Array.from({ length: 5 }, () => q({ at: Date.UTC(2026, 0, 2), painPoint: 'hiring' })),
    q({ at: Date.UTC(2026, 0, 3), outcome: 'fallback', painPoint: null, text: 'spark, "clusters"' }),
    q({ at: Date.UTC(2026, 0, 3), outcome: 'uncovered', painPoint: 'hiring', entryId: null, text: 'what should an ml engineer earn' }),
  ],
  feedback: [f({ at: Date.UTC(2026, 0, 4), vote: 'down' }), f({ at: Date.UTC(2026, 0, 4), vote: 'down', comment: '=cost per GPU' })],
});

describe('report rendering', () => {
  it('GIVEN counts THEN bars are proportional to the largest', () => {
    expect(textBar(10, 10, 10)).toBe('██████████');
    expect(textBar(5, 10, 10)).toBe('█████');
    expect(textBar(1, 1000, 10)).toBe('▏');
    expect(textBar(0, 10)).toBe('');
  });

  it('GIVEN a report THEN the text shows the period, a bar per pain point, outcomes, gaps and feedback', () => {
    const text = renderReport(report);
    expect(text).toContain('ml-advisor report: 2026-01-01 to 2026-01-31');
    expect(text).toContain('17 questions, 1 feedback (0 👍, 1 👎)');
    expect(text).toMatch(/data-quality {2}10 {2}59% {2}█{30}\n/);
    expect(text).toMatch(/hiring {9}6 {2}35% {2}█{18}\n/);
    expect(text).toMatch(/fallback +1 +6% +█/);
    expect(text).toContain('1× "spark, "clusters""');
    expect(text).toMatch(/Uncovered: [^\n]+\n {2}hiring: 1 question\n +1× "what should an ml engineer earn"/);
    expect(text).toMatch(/e1 +👍 0 {2}👎 1\n +missed: "=cost per GPU"/);
  });

  it('GIVEN a report THEN CSV quotes commas and quotes and defuses formulas', () => {
    const csv = renderCsv(report).split('\r\n');
    expect(csv[0]).toBe('section,key,count,up,down,detail');
    expect(csv).toContain('pain_point,data-quality,10,,,');
    expect(csv).toContain('gap,"spark, ""clusters""",1,,,');
    expect(csv).toContain("feedback,e1,1,0,1,'=cost per GPU");
    expect(csv).toContain('uncovered,what should an ml engineer earn,1,,,hiring');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
  });

  it('GIVEN a report THEN JSON carries ISO dates and the same figures', () => {
    const json = JSON.parse(renderJson(report));
    expect(json.since).toBe('2026-01-01T00:00:00.000Z');
    expect(json.painPoints[0]).toEqual({ key: 'data-quality', count: 10 });
    expect(json.feedback.down).toBe(1);
  });
});
