import { describe, expect, it } from 'vitest';
import { plural } from '../../src/render/plural.js';

describe('plural', () => {
  it('THEN one is singular, anything else plural, with an irregular plural when given', () => {
    expect([0, 1, 2].map((n) => plural(n, 'question'))).toEqual(['0 questions', '1 question', '2 questions']);
    expect([1, 3].map((n) => plural(n, 'person', 'people'))).toEqual(['1 person', '3 people']);
  });
});
