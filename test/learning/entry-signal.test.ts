import { describe, expect, it } from 'vitest';
import { clickSignal } from '../../src/learning/entry-signal.js';
import type { LastQuestion } from '../../src/learning/last-question.js';

const last = (over: Partial<LastQuestion>): LastQuestion => ({ id: 'q1', text: 'how?', outcome: 'answer', entryId: 'e1', painPoint: 'p', at: 1, ...over });

describe('clickSignal', () => {
  it('GIVEN a "did you mean" or an uncovered answer THEN an entry click is a pick of that entry', () => {
    expect(clickSignal('entry:e2', last({ outcome: 'clarify', entryId: null }))).toEqual({ signal: 'pick', entryId: 'e2' });
    expect(clickSignal('entry:e2', last({ outcome: 'uncovered', entryId: null }))).toEqual({ signal: 'pick', entryId: 'e2' });
  });

  it('GIVEN an answer with an entry THEN a follow-up click confirms the answered entry, 👍/👎 on it count, on another entry not', () => {
    expect(clickSignal('entry:e2', last({}))).toEqual({ signal: 'follow-up', entryId: 'e1' });
    expect(clickSignal('feedback:up:e1', last({}))).toEqual({ signal: 'up', entryId: 'e1' });
    expect(clickSignal('feedback:down:e1', last({}))).toEqual({ signal: 'down', entryId: 'e1' });
    expect(clickSignal('feedback:up:e9', last({}))).toBeUndefined();
    expect(clickSignal('feedback:comment:e1', last({}))).toBeUndefined();
  });

  it('GIVEN a fallback, no last question, or another button THEN nothing', () => {
    expect(clickSignal('entry:e2', last({ outcome: 'fallback', entryId: null }))).toBeUndefined();
    expect(clickSignal('entry:e2', undefined)).toBeUndefined();
    expect(clickSignal('topic:cost-control', last({}))).toBeUndefined();
    expect(clickSignal('handoff:ask', last({}))).toBeUndefined();
  });
});
