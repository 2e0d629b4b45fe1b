import { describe, expect, it } from 'vitest';
import { startAndEnd } from '../../src/match/long-message.js';
import { MAX_MATCH_CHARS } from '../../src/match/normalize.js';
import { questionText } from '../../src/match/question-text.js';

const story = 'We had a long planning week, people came and went, the coffee machine broke twice and the office moved floors. ';
const question = 'how do we stop paying for notebooks nobody uses over the weekend?';

describe('startAndEnd', () => {
  it('GIVEN a message within the limit THEN it is read whole', () => {
    const text = `Notebook costs\n${story}${question}`;
    expect(startAndEnd(text)).toBe(text);
  });

  it('GIVEN a long post THEN its start and its end are read, within the limit', () => {
    const text = `Notebook costs\n${story.repeat(60)}${question}`;
    const read = startAndEnd(text);
    expect(read.length).toBeLessThanOrEqual(MAX_MATCH_CHARS);
    expect(read.startsWith('Notebook costs')).toBe(true);
    expect(read.endsWith(question)).toBe(true);
  });

  it('GIVEN a long post with a trace in it THEN the trace is dropped before the post is cut, and the question is read', () => {
    const text = `Notebook costs\n\`\`\`\n${'at line 1 in frame\n'.repeat(400)}\`\`\`\n${story.repeat(5)}${question}`;
    const read = questionText(text);
    expect(read.includes('frame')).toBe(false);
    expect(read.endsWith(question)).toBe(true);
  });
});
