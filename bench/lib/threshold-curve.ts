import type { LabelledQuestion } from '../../src/evaluation/labelled-question.js';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import { decide, scoreQuestion } from '../../src/match/match-question.js';
import { questionText } from '../../src/match/question-text.js';

/** One operating point: the answer threshold, in-scope lines answered under their pain point and out-of-scope lines declined, in %. */
export interface CurvePoint {
  answer: number;
  inScope: number;
  declined: number;
}

/** Answer thresholds from 0.10 to 0.60 in steps of 0.02. */
export const THRESHOLDS = Array.from({ length: 26 }, (_, i) => Math.round((0.1 + 0.02 * i) * 100) / 100);

/**
 * The index's operating points over answer thresholds: each line is scored once (as the matcher reads it) and
 * decided at every threshold, the other thresholds as the index has them. The first reading only: the second
 * reading past an introduction, which depends on the threshold, is not replayed (the sets as collected never need it).
 */
export function thresholdCurve(index: KnowledgeIndex, lines: readonly LabelledQuestion[], thresholds: readonly number[] = THRESHOLDS): CurvePoint[] {
  const scored = lines.map((line) => ({ line, scores: scoreQuestion(index, questionText(line.text)) }));
  return thresholds.map((answer) => {
    let inScope = 0;
    let inScopeRight = 0;
    let outOfScope = 0;
    let declined = 0;
    for (const { line, scores } of scored) {
      const d = decide(scores, { ...index.thresholds, answer });
      if (line.label === 'oos') {
        outOfScope++;
        if (d.outcome === 'fallback') declined++;
      } else if (line.label !== 'smalltalk') {
        inScope++;
        if (d.outcome === 'answer' && d.candidate.painPoint === line.label) inScopeRight++;
      }
    }
    return { answer, inScope: inScope ? (100 * inScopeRight) / inScope : 0, declined: outOfScope ? (100 * declined) / outOfScope : 0 };
  });
}

/** Curves of several training seeds averaged point by point (the same thresholds in the same order). */
export function meanCurve(curves: readonly CurvePoint[][]): CurvePoint[] {
  const first = curves[0] ?? [];
  return first.map((point, i) => ({
    answer: point.answer,
    inScope: curves.reduce((sum, c) => sum + c[i]!.inScope, 0) / curves.length,
    declined: curves.reduce((sum, c) => sum + c[i]!.declined, 0) / curves.length,
  }));
}

/**
 * In scope at a given share of out-of-scope lines declined, read off the curve by linear interpolation between its
 * two nearest points; null when the curve never reaches that share (or starts above it). Two packs compared at
 * the same declines show whether the matcher tells in from out better, or only declines more.
 */
export function inScopeAt(curve: readonly CurvePoint[], declined: number): number | null {
  const points = [...curve].sort((a, b) => a.declined - b.declined || b.inScope - a.inScope);
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.declined === declined) return p.inScope;
    if (p.declined > declined) {
      const q = points[i - 1];
      if (!q) return null;
      return q.inScope + ((p.inScope - q.inScope) * (declined - q.declined)) / (p.declined - q.declined);
    }
  }
  return null;
}
