import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../../adapters/console/render-console.js';
import { renderPlainText } from '../../../src/render/plain-text.js';
import type { Reply } from '../../../src/reply.js';

const answer: Reply = {
  outcome: 'answer',
  painPoint: 'cost-control',
  entryId: 'aws-free-tier',
  confidence: 0.9,
  title: 'Free tier',
  body: 'Try it **free**.',
  sources: [{ label: 'AWS Free Tier', url: 'http://aws.amazon.com/free' }],
  actions: [
    { id: 'entry:a', label: 'A' },
    { id: 'entry:b', label: 'B' },
  ],
  feedback: true,
};

describe('renderConsole', () => {
  it('GIVEN an answer with feedback THEN the actions then 👍/👎 are numbered choices', () => {
    const { text, choices } = renderConsole(answer);
    expect(choices).toEqual(['entry:a', 'entry:b', 'feedback:up:aws-free-tier', 'feedback:down:aws-free-tier']);
    expect(text.startsWith(renderPlainText(answer))).toBe(true);
    expect(text).toMatch(/1\. A[\s\S]*2\. B[\s\S]*3\. 👍[\s\S]*4\. 👎/);
  });

  it.each([
    ['no feedback', { feedback: false }],
    ['an overview (no entry)', { entryId: null }],
  ])('GIVEN %s THEN only the actions are choices', (_what, change) => {
    const reply = { ...answer, ...change };
    const { text, choices } = renderConsole(reply);
    expect(choices).toEqual(['entry:a', 'entry:b']);
    expect(text).toBe(renderPlainText(reply));
  });

  it('GIVEN feedback but no actions THEN 👍/👎 are choices 1 and 2', () => {
    const { text, choices } = renderConsole({ ...answer, actions: [] });
    expect(choices).toEqual(['feedback:up:aws-free-tier', 'feedback:down:aws-free-tier']);
    expect(text).toMatch(/1\. 👍[\s\S]*2\. 👎/);
  });
});
