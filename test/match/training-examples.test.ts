import { beforeAll, describe, expect, it } from 'vitest';
import { decodeLabel } from '../../src/match/class-label.js';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import { matchQuestion, scoreQuestion } from '../../src/match/match-question.js';
import { trainingExamples } from '../../src/match/training-examples.js';
import { sharedIndex } from '../fakes/core-advisor.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await sharedIndex();
});

describe('training sets of the shipped knowledge', () => {
  it('GIVEN the out-of-scope files THEN each is a topic class of its own, all decoding as out of scope', () => {
    const { topics } = trainingExamples(index.knowledge);
    const kinds = new Set(topics.map((t) => t.label).filter((l) => decodeLabel(l).kind === 'out-of-scope'));
    expect(kinds.size).toBe(index.knowledge.outOfScope.length);
    expect(index.knowledge.outOfScope.length).toBeGreaterThan(1);
    for (const o of index.knowledge.outOfScope) expect([...kinds].some((k) => decodeLabel(k).kind === 'out-of-scope' && k.endsWith(o.id))).toBe(true);
  });

  it('GIVEN the trained topic classifier THEN its out-of-scope classes add up to the question\'s out-of-scope mass', () => {
    const text = 'how do I negotiate a higher salary for my first data science job';
    const probs = index.topicClassifier.predict(text);
    const sum = index.topicClassifier.labels.reduce((s, l, i) => s + (decodeLabel(l).kind === 'out-of-scope' ? (probs[i] ?? 0) : 0), 0);
    const scores = scoreQuestion(index, text);
    expect(scores.outOfScope).toBeGreaterThan(0.5);
    expect(sum).toBeGreaterThan(0.5);
    expect(matchQuestion(index, text).outcome).toBe('fallback');
  });
});
