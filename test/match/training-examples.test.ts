import { beforeAll, describe, expect, it } from 'vitest';
import { decodeLabel, encodeLabel } from '../../src/match/class-label.js';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import { matchQuestion } from '../../src/match/match-question.js';
import { trainingExamples } from '../../src/match/training-examples.js';
import { sharedIndex } from '../fakes/core-advisor.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await sharedIndex();
});

describe('training sets of the shipped knowledge', () => {
  it('GIVEN the out-of-scope files THEN each is a topic class of its own', () => {
    const { topics } = trainingExamples(index.knowledge);
    const kinds = new Set(topics.map((t) => t.label).filter((l) => decodeLabel(l).kind === 'out-of-scope'));
    expect(index.knowledge.outOfScope.length).toBeGreaterThan(1);
    expect(kinds).toEqual(new Set(index.knowledge.outOfScope.map((o) => encodeLabel({ kind: 'out-of-scope', id: o.id }))));
  });

  it('GIVEN a careers question THEN the out-of-scope kinds together outweigh every pain point, and it is declined', () => {
    const text = 'how do I negotiate a higher salary for my first data science job';
    const probs = index.topicClassifier.predict(text);
    let outOfScope = 0;
    let bestPainPoint = 0;
    index.topicClassifier.labels.forEach((label, i) => {
      const kind = decodeLabel(label).kind;
      if (kind === 'out-of-scope') outOfScope += probs[i] ?? 0;
      else if (kind === 'pain-point') bestPainPoint = Math.max(bestPainPoint, probs[i] ?? 0);
    });
    expect(outOfScope).toBeGreaterThan(bestPainPoint);
    expect(matchQuestion(index, text).outcome).toBe('fallback');
  });
});
