import { describe, expect, it } from 'vitest';
import { frontier, inScopeAt, meanCurve, THRESHOLDS, thresholdCurve, type CurvePoint } from '../../../bench/lib/threshold-curve.js';
import { sharedIndex } from '../../fakes/test-advisor.js';

const point = (answer: number, inScope: number, declined: number): CurvePoint => ({ answer, inScope, declined });

describe('threshold curves', () => {
  it('GIVEN a curve THEN in scope at a share declined is read between its two nearest points', () => {
    const curve = [point(0.2, 70, 60), point(0.3, 66, 70), point(0.4, 60, 80)];
    expect(inScopeAt(curve, 70)).toBe(66);
    expect(inScopeAt(curve, 75)).toBeCloseTo(63, 6);
    expect(inScopeAt(curve, 55)).toBeNull();
    expect(inScopeAt(curve, 85)).toBeNull();
  });

  it('GIVEN points with the same declines THEN the best in scope among them counts', () => {
    expect(inScopeAt([point(0.1, 70, 60), point(0.2, 68, 60), point(0.3, 60, 80)], 60)).toBe(70);
  });

  it('GIVEN curves at two ratios THEN the frontier keeps the points none beats on both, by declines', () => {
    const one = [point(0.2, 72, 50), point(0.3, 64, 70), point(0.4, 55, 85)];
    const other = [point(0.2, 70, 60), point(0.3, 66, 70), point(0.4, 50, 80)];
    expect(frontier([one, other])).toEqual([point(0.2, 72, 50), point(0.2, 70, 60), point(0.3, 66, 70), point(0.4, 55, 85)]);
    expect(inScopeAt(frontier([one, other]), 80)).toBeCloseTo(58.67, 1);
  });

  it('GIVEN curves of several seeds THEN their mean is taken point by point', () => {
    expect(meanCurve([[point(0.2, 70, 60)], [point(0.2, 60, 70)]])).toEqual([point(0.2, 65, 65)]);
  });

  it('GIVEN the shipped index THEN raising the answer threshold never answers more in scope nor declines less', async () => {
    const index = await sharedIndex();
    const lines = [
      { text: 'how do we label 100k images cheaply?', label: 'data-preparation' },
      { text: 'what does a sagemaker endpoint cost per month?', label: 'cost-control' },
      { text: 'we have a churn model in a notebook, how do we get it to production?', label: 'slow-delivery' },
      { text: 'how do I center a div in css?', label: 'oos' },
      { text: 'which certification should I get for my CV?', label: 'oos' },
    ];
    const curve = thresholdCurve(index, lines);
    expect(curve.map((p) => p.answer)).toEqual(THRESHOLDS);
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i]!.inScope).toBeLessThanOrEqual(curve[i - 1]!.inScope);
      expect(curve[i]!.declined).toBeGreaterThanOrEqual(curve[i - 1]!.declined);
    }
    expect(curve[0]).toMatchObject({ inScope: 100, declined: 100 });
  });
});
