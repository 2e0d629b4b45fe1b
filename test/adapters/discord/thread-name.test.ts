import { describe, expect, it } from 'vitest';
import { threadName } from '../../../adapters/discord/thread-name.js';

describe('GIVEN a question that starts a thread', () => {
  it('WHEN it is one short line THEN the thread is named after it', () => {
    expect(threadName('How do we label 100k images cheaply?')).toBe('How do we label 100k images cheaply?');
  });

  it('WHEN it has Markdown, mentions and several lines THEN the first line is used, plain', () => {
    expect(threadName('\n**Drift** in <@123456789012345678> prod?\nmore details here')).toBe('Drift in prod?');
    expect(threadName('<@123456789012345678>')).toBe('Question');
  });

  it('WHEN it is longer than Discord allows THEN it is cut at a word, within 100 characters', () => {
    const name = threadName(`how ${'very '.repeat(40)}long`);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name.endsWith('very…')).toBe(true);
  });
});
