import { describe, expect, it } from 'vitest';
import { decodeLabel, encodeLabel, type ClassLabel } from '../../src/match/class-label.js';

describe('class labels', () => {
  it.each<ClassLabel>([
    { kind: 'entry', id: 'spot-training' },
    { kind: 'pain-point', id: 'cost-control' },
    { kind: 'smalltalk', id: 'greeting' },
    { kind: 'out-of-scope' },
    { kind: 'out-of-scope', id: 'oos-careers-learning' },
  ])('GIVEN %o WHEN encoded and decoded THEN it comes back the same', (label) => {
    expect(decodeLabel(encodeLabel(label))).toEqual(label);
  });

  it('GIVEN two kinds of out of scope THEN they are two classes, both out of scope', () => {
    const a = encodeLabel({ kind: 'out-of-scope', id: 'oos-careers-learning' });
    const b = encodeLabel({ kind: 'out-of-scope', id: 'oos-cloud-devops' });
    expect(a).not.toBe(b);
    expect([decodeLabel(a).kind, decodeLabel(b).kind]).toEqual(['out-of-scope', 'out-of-scope']);
  });
});
