import { replay, scoreLines } from '../../src/evaluation/calibrate.js';
import type { LabelledQuestion } from '../../src/evaluation/labelled-question.js';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';

/** One operating point: the answer threshold, in-scope lines answered under their pain point and out-of-scope lines declined, in %. */
export interface CurvePoint {
  answer: number;
  inScope: number;
  declined: number;
}

/** Answer thresholds from 0.10 to 0.60 in steps of 0.02. */
export const THRESHOLDS = Array.from({ length: 26 }, (_, i) => Math.round((0.1 + 0.02 * i) * 100) / 100);

/**
 * The index's operating points over answer thresholds: each line is scored once (as calibration scores it) and
 * decided at every threshold, the other thresholds as the index has them. The first reading only: the second
 * reading past an introduction, which depends on the threshold, is not replayed (the sets as collected never need it).
 */
export function thresholdCurve(
  index: KnowledgeIndex,
  lines: readonly LabelledQuestion[],
  thresholds: readonly number[] = THRESHOLDS,
  outOfScopeRatio = index.thresholds.outOfScopeRatio,
): CurvePoint[] {
  const scored = scoreLines(index, lines);
  return thresholds.map((answer) => {
    const point = replay(scored, { ...index.thresholds, answer, ...(outOfScopeRatio === undefined ? {} : { outOfScopeRatio }) });
    return { answer, inScope: 100 * point.inScope, declined: 100 * point.outOfScope };
  });
}

/**
 * The best in scope reachable at each share declined, over several curves (one per out-of-scope ratio): the points
 * no other point beats on both. Two packs calibrated to different ratios are compared on what either could reach.
 */
export function frontier(curves: readonly CurvePoint[][]): CurvePoint[] {
  const points = curves.flat().sort((a, b) => b.declined - a.declined || b.inScope - a.inScope);
  const kept: CurvePoint[] = [];
  for (const p of points) if (p.inScope > (kept[kept.length - 1]?.inScope ?? -1)) kept.push(p);
  return kept.reverse();
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
