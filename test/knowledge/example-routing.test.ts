import { describe, expect, it } from 'vitest';
import { exampleRouting, TWO_SIDED_RATIO } from '../../src/knowledge/example-routing.js';
import type { Candidate, MatchResult, Scores } from '../../src/match/match-question.js';

const candidate = (painPoint: string, score: number, entryId: string | null = null): Candidate => ({ painPoint, score, entryId, entryScore: 1, nearest: [] });
const scores = (...ranked: Candidate[]): Scores => ({ ranked, smalltalk: 0, smalltalkIntent: null, outOfScope: 0.05 });
const answer = (c: Candidate): MatchResult => ({ outcome: 'answer', candidate: c, confidence: c.score, covered: true, entryConfidence: 1 });
const entry = { id: 'quantization', painPoint: 'infrastructure' };

describe('exampleRouting', () => {
  it('GIVEN an example answered by its own entry THEN nothing to say', () => {
    const own = candidate('infrastructure', 0.8, 'quantization');
    expect(exampleRouting('int8 or fp16?', entry, scores(own), answer(own))).toEqual({ level: 'ok' });
  });

  it('GIVEN an example answered from another pain point while its own is far behind THEN an error with both scores', () => {
    const winner = candidate('cost-control', 0.7, 'cutting-llm-costs');
    const routing = exampleRouting('cut the bill', entry, scores(winner, candidate('infrastructure', 0.2)), answer(winner));
    expect(routing).toEqual({ level: 'error', message: '"cut the bill" is answered from cost-control (70%; its own infrastructure 20%)' });
  });

  it('GIVEN its own pain point a close second THEN a warning that calls it two-sided, on either side of the ratio', () => {
    const winner = candidate('cost-control', 0.5, 'cutting-llm-costs');
    const close = exampleRouting('quantize to cut the bill', entry, scores(winner, candidate('infrastructure', 0.5 * TWO_SIDED_RATIO)), answer(winner));
    expect(close).toMatchObject({ level: 'warning', message: expect.stringContaining('two-sided') });
    const far = exampleRouting('quantize to cut the bill', entry, scores(winner, candidate('infrastructure', 0.5 * TWO_SIDED_RATIO - 0.01)), answer(winner));
    expect(far.level).toBe('error');
  });

  it('GIVEN its own pain point not among the ranked ones THEN an error', () => {
    const winner = candidate('cost-control', 0.6);
    expect(exampleRouting('x', entry, scores(winner), answer(winner)).level).toBe('error');
  });

  it('GIVEN a sibling entry or a decline THEN a warning naming what it got', () => {
    const sibling = candidate('infrastructure', 0.8, 'model-compression');
    expect(exampleRouting('smaller model', entry, scores(sibling), answer(sibling))).toEqual({ level: 'warning', message: '"smaller model" lands on model-compression' });
    expect(exampleRouting('hello', entry, scores(sibling), { outcome: 'fallback', confidence: 0.1, candidates: [] })).toEqual({ level: 'warning', message: '"hello" gets fallback' });
  });
});
