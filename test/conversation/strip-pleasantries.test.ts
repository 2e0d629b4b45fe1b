import { describe, expect, it } from 'vitest';
import { stripPleasantries } from '../../src/conversation/strip-pleasantries.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';
import { paraphrases } from '../match/paraphrases.js';

describe('stripPleasantries', () => {
  it.each([
    ['hey bot, what is DeepAR?', 'what is DeepAR?'],
    ['Thanks! and how much is a notebook?', 'how much is a notebook?'],
    ['good morning team - where do we start with ML', 'where do we start with ML'],
    ['ok, so which GPU instance', 'which GPU instance'],
  ])('GIVEN %j THEN %j', (text, rest) => {
    expect(stripPleasantries(text)).toBe(rest);
  });

  it.each(['hello', 'thanks a lot', 'hi there!', 'what is DeepAR?', 'thanks, great', 'hiring a data scientist'])('GIVEN %j THEN null', (text) => {
    expect(stripPleasantries(text)).toBeNull();
  });
});

describe('a question behind a greeting or thanks', () => {
  it.each([
    ['hey there, ', 'cost-control'],
    ['thanks! also ', 'infrastructure'],
    ['good morning all. ', 'slow-delivery'],
  ])('GIVEN %j before a question THEN the question is answered', async (prefix, painPoint) => {
    const { advisor } = await coreAdvisor();
    const reply = await advisor.handle(message(prefix + paraphrases[painPoint]![2]!));
    expect(reply).toMatchObject({ outcome: 'answer', painPoint });
  });
});
