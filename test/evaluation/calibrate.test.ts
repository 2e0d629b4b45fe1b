import { describe, expect, it } from 'vitest';
import { ANSWER_GRID, calibrate, RATIO_GRID, replay, scoreLines, type ScoredLine } from '../../src/evaluation/calibrate.js';
import type { LabelledQuestion } from '../../src/evaluation/labelled-question.js';
import { defaultThresholds, type KnowledgeIndex } from '../../src/match/knowledge-index.js';
import { decide, scoreQuestion, type Candidate } from '../../src/match/match-question.js';
import { useTempPackIndex } from '../fakes/temp-pack.js';

// The tiny pack of test/fakes/temp-pack.ts: pain points billing and hiring, a greeting, a little out of scope.
const labelled: LabelledQuestion[] = [
  { text: 'read the invoice lines', label: 'billing' },
  { text: 'what do the invoice lines mean', label: 'billing' },
  { text: 'set up a spending budget', label: 'billing' },
  { text: 'the process for hiring ml people', label: 'hiring' },
  { text: 'interviewing ml candidates', label: 'hiring' },
  // Out of scope, but close enough in words that the default threshold answers it.
  { text: 'a joke about hiring', label: 'oos' },
  { text: 'what is the weather', label: 'oos' },
  { text: 'hello there', label: 'smalltalk' },
];

/** Share of the lines decided right with the given thresholds (the rule calibrate documents, without clarify credit). */
function accuracy(index: KnowledgeIndex, thresholds: KnowledgeIndex['thresholds']): number {
  let right = 0;
  for (const { text, label } of labelled) {
    const r = decide(scoreQuestion(index, text), thresholds);
    if (label === 'oos' ? r.outcome === 'fallback' : label === 'smalltalk' ? r.outcome === 'smalltalk' : r.outcome === 'answer' && r.candidate.painPoint === label) right++;
  }
  return right / labelled.length;
}

describe('calibrate', () => {
  const pack = useTempPackIndex();

  it('GIVEN a labelled list the default thresholds get partly wrong THEN the calibrated thresholds decide more lines right', () => {
    const before = accuracy(pack.index, defaultThresholds);
    expect(before, 'precondition: the defaults answer the look-alike out-of-scope line').toBeLessThan(1);
    const result = calibrate(pack.index, labelled);
    expect(result.accuracy).toBeGreaterThan(before);
    expect(accuracy(pack.index, result.thresholds)).toBeCloseTo(result.accuracy, 9);
    expect(result.thresholds.answer).toBeGreaterThan(defaultThresholds.answer);
    expect(result.outOfScope).toBe(1);
    expect(result.inScope).toBe(1);
  });

  it('GIVEN calibrated thresholds THEN they are valid pack.yaml values and clarify is never turned off', () => {
    const { thresholds } = calibrate(pack.index, labelled);
    for (const v of [thresholds.answer, thresholds.clarifyMargin]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('GIVEN labels that are not pain point ids THEN painPointOf maps them', () => {
    const renamed = labelled.map((l) => (l.label === 'billing' || l.label === 'hiring' ? { ...l, label: `intent_${l.label}` } : l));
    const mapped = calibrate(pack.index, renamed, (label) => label.replace(/^intent_/, ''));
    expect(mapped.accuracy).toBeCloseTo(calibrate(pack.index, labelled).accuracy, 9);
    expect(calibrate(pack.index, renamed).inScope).toBe(0);
  });

  it('GIVEN clarify turned off THEN the margin is 0 and no validation line is ever answered with a clarify', () => {
    const result = calibrate(pack.index, labelled, undefined, { clarify: false });
    expect(result.thresholds.clarifyMargin).toBe(0);
    expect(result.clarify).toBe(false);
    for (const { text } of labelled) expect(decide(scoreQuestion(pack.index, text), result.thresholds).outcome).not.toBe('clarify');
  });

  it('GIVEN an objective THEN the chosen point is the best under it, and the result says which objective and how many lines', () => {
    for (const objective of [{ kind: 'accuracy' }, { kind: 'balanced' }, { kind: 'oos-recall', min: 1 }] as const) {
      const result = calibrate(pack.index, labelled, undefined, { objective });
      expect(result.objective).toEqual(objective);
      expect(result.lines).toEqual({ inScope: 5, outOfScope: 2 });
    }
    const strict = calibrate(pack.index, labelled, undefined, { objective: { kind: 'oos-recall', min: 1 } });
    expect(strict.outOfScope).toBe(1);
  });

  it('GIVEN several answer thresholds that score the same THEN the highest of them is chosen (more declines at no cost)', () => {
    const result = calibrate(pack.index, labelled);
    const margin = result.thresholds.clarifyMargin;
    // Every grid threshold above the chosen one must score worse; some below it score the same.
    const above = ANSWER_GRID.filter((a) => a > result.thresholds.answer);
    for (const a of above) expect(accuracy(pack.index, { answer: a, clarifyMargin: margin })).toBeLessThan(result.accuracy);
    const tiedBelow = ANSWER_GRID.filter((a) => a < result.thresholds.answer && accuracy(pack.index, { answer: a, clarifyMargin: margin }) === result.accuracy);
    expect(tiedBelow.length, 'precondition: the best score is a plateau, not a single point').toBeGreaterThan(0);
  });
});

describe('calibrate: the out-of-scope ratio', () => {
  const pack = useTempPackIndex();

  it('GIVEN the chosen thresholds THEN replaying them decides as many lines right as calibration reports', () => {
    const result = calibrate(pack.index, labelled);
    expect(accuracy(pack.index, result.thresholds)).toBeCloseTo(result.accuracy, 9);
    expect(replay(scoreLines(pack.index, labelled), result.thresholds).accuracy).toBeCloseTo(result.accuracy, 9);
  });

  it('GIVEN no ratio scores better than 1 THEN none is written (pack.yaml stays as before)', () => {
    // All lines out of scope: declining everything is right at ratio 1, so no higher ratio can score better.
    const result = calibrate(pack.index, labelled.filter((l) => l.label === 'oos'));
    expect(result.thresholds.outOfScopeRatio).toBeUndefined();
  });

  it('GIVEN an in-scope line whose out-of-scope share is a little above its pain point THEN only a ratio above 1 answers it', () => {
    const candidate = (painPoint: string, score: number): Candidate => ({ painPoint, score, entryId: null, entryScore: 1, nearest: [] });
    const line = (label: string, top: number, outOfScope: number): ScoredLine => ({
      label,
      entry: undefined,
      weight: 1,
      scores: { ranked: [candidate('billing', top), candidate('hiring', 0.05)], smalltalk: 0, smalltalkIntent: null, outOfScope },
    });
    const scored = [line('billing', 0.4, 0.5), line('oos', 0.2, 0.7)];
    const thresholds = { answer: 0.3, clarifyMargin: 0.02 };
    expect(replay(scored, thresholds)).toEqual({ accuracy: 0.5, inScope: 0, outOfScope: 1 });
    expect(replay(scored, { ...thresholds, outOfScopeRatio: 1.5 })).toEqual({ accuracy: 1, inScope: 1, outOfScope: 1 });
    expect(RATIO_GRID[0]).toBe(1);
  });
});
