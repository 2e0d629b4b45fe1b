import { describe, expect, it } from 'vitest';
import { checkContext } from '../../src/evaluation/context-check.js';
import { questionFocus } from '../../src/evaluation/question-focus.js';

const long = "We're a 20-person fintech in Lisbon. Our one data scientist built a churn model in a notebook last spring. It works well on last year's data. How do we get it into production?";

describe('questionFocus', () => {
  it('GIVEN context sentences then a question THEN the question alone', () => {
    expect(questionFocus(long)).toBe('How do we get it into production?');
  });

  it('GIVEN a short or single-sentence message THEN null (the whole text is the question)', () => {
    expect(questionFocus('how do we get it into production?')).toBeNull();
    expect(questionFocus(`we need to label ${'a lot of '.repeat(20)}images quickly`)).toBeNull();
  });

  it('GIVEN no question mark THEN the asking sentences, else the last sentence', () => {
    const asking = "Our team uses Databricks and MLflow for everything at the moment. I'd like advice on monitoring drift for our fraud models. Thanks a lot in advance.";
    expect(questionFocus(asking)).toBe("I'd like advice on monitoring drift for our fraud models.");
    const plain = 'Our team uses Databricks and MLflow for everything at the moment. The fraud models drift every month and nobody notices until customers complain.';
    expect(questionFocus(plain)).toBe('The fraud models drift every month and nobody notices until customers complain.');
  });

  it('GIVEN dotted names THEN they do not split sentences', () => {
    const text = 'We run ml.t3.medium notebooks all day and version 2.5 of the SDK in production right now. Is there a cheaper way to keep them around?';
    expect(questionFocus(text)).toBe('Is there a cheaper way to keep them around?');
  });
});

describe('checkContext', () => {
  it('GIVEN a router confused by context THEN the line counts as lost to context', async () => {
    const ask = async (text: string) => ({ outcome: 'answer' as const, painPoint: text.startsWith('How do we') ? 'slow-delivery' : 'where-to-start' });
    const result = await checkContext(
      [
        { text: long, label: 'slow-delivery' },
        { text: 'short question', label: 'slow-delivery' },
        { text: long, label: 'oos' },
      ],
      ask,
    );
    expect(result).toMatchObject({ lines: 1, withContext: 0, questionAlone: 1 });
    expect(result.lostToContext).toEqual([{ text: long, label: 'slow-delivery' }]);
  });
});
