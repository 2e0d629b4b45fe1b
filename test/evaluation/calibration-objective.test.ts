import { describe, expect, it } from 'vitest';
import { formatObjective, objectiveScore, parseObjective } from '../../src/evaluation/calibration-objective.js';

describe('calibration objective', () => {
  it.each([
    ['accuracy', { kind: 'accuracy' }],
    ['Balanced', { kind: 'balanced' }],
    ['oos-recall=0.5', { kind: 'oos-recall', min: 0.5 }],
    ['oos-recall=1', { kind: 'oos-recall', min: 1 }],
  ])('GIVEN %s THEN it parses and formats back', (text, objective) => {
    expect(parseObjective(text)).toEqual(objective);
    expect(formatObjective(parseObjective(text)!)).toBe(text.toLowerCase());
  });

  it.each([['most'], ['oos-recall=1.5'], ['oos-recall='], ['oos-recall=-0.1'], ['']])('GIVEN %j THEN it is refused', (text) => {
    expect(parseObjective(text)).toBeNull();
  });

  it('GIVEN a point strong in scope and one strong out of scope THEN accuracy and balanced prefer different ones', () => {
    // 3,000 in-scope lines and 100 out of scope, as in CLINC150's validation split.
    const inHeavy = { inScope: 0.93, outOfScope: 0.4, accuracy: (0.93 * 3000 + 0.4 * 100) / 3100 };
    const oosHeavy = { inScope: 0.88, outOfScope: 0.85, accuracy: (0.88 * 3000 + 0.85 * 100) / 3100 };
    expect(objectiveScore({ kind: 'accuracy' }, inHeavy)).toBeGreaterThan(objectiveScore({ kind: 'accuracy' }, oosHeavy));
    expect(objectiveScore({ kind: 'balanced' }, oosHeavy)).toBeGreaterThan(objectiveScore({ kind: 'balanced' }, inHeavy));
  });

  it('GIVEN oos-recall=0.5 THEN any point meeting the floor beats any point below it, then in-scope accuracy decides', () => {
    const objective = { kind: 'oos-recall', min: 0.5 } as const;
    const below = { inScope: 0.95, outOfScope: 0.49, accuracy: 0.9 };
    const meets = { inScope: 0.9, outOfScope: 0.5, accuracy: 0.89 };
    const better = { inScope: 0.91, outOfScope: 0.6, accuracy: 0.9 };
    expect(objectiveScore(objective, meets)).toBeGreaterThan(objectiveScore(objective, below));
    expect(objectiveScore(objective, better)).toBeGreaterThan(objectiveScore(objective, meets));
    expect(objectiveScore(objective, { ...below, outOfScope: 0.3 })).toBeLessThan(objectiveScore(objective, below));
  });
});
