import { describe, expect, it } from 'vitest';
import { detectFollowUp } from '../../src/conversation/follow-up.js';

describe('detectFollowUp', () => {
  it.each([
    ['tell me more', 'more'],
    ['Tell me more!', 'more'],
    ['can you tell me more about that?', 'more'],
    ['go on', 'more'],
    ['what else?', 'more'],
    ['why?', 'why'],
    ['Why is that?', 'why'],
    ['how come', 'why'],
    ['any examples?', 'examples'],
    ['got any examples?', 'examples'],
    ['for instance?', 'examples'],
    ['use cases?', 'examples'],
  ])('GIVEN %j THEN %s', (text, kind) => {
    expect(detectFollowUp(text)).toBe(kind);
  });

  it.each([
    '',
    'how much does a notebook instance cost',
    'why is sagemaker cheaper than our own gpus when we already bought them last year',
    'tell me more about the weather in paris today please and tomorrow',
    'examples of built-in algorithms for time series forecasting',
    'hello',
  ])('GIVEN %j (a question of its own) THEN null', (text) => {
    expect(detectFollowUp(text)).toBeNull();
  });
});
