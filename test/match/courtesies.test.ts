import { describe, expect, it } from 'vitest';
import { withoutCourtesies } from '../../src/match/courtesies.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';
import { paraphrases } from './paraphrases.js';

describe('withoutCourtesies', () => {
  it.each([
    ['Hi Alexey, quick question: when would you pick batch prediction over an endpoint?', 'when would you pick batch prediction over an endpoint?'],
    ['Hello Dr. Smith, thank you for the talk today! How do we start with ML?', 'How do we start with ML?'],
    ['Hey guys I know we all hate notebooks but how do we ship one?', 'I know we all hate notebooks but how do we ship one?'],
    ['Hi there, I have a question. Which GPU for a 7B model?', 'Which GPU for a 7B model?'],
    ['Thanks for the great book! Do small teams need a feature store?', 'Do small teams need a feature store?'],
    ['hi all, sorry if this is a dumb question: what is RAG?', 'what is RAG?'],
    ['How do I size GPUs for Llama? Thanks in advance!', 'How do I size GPUs for Llama?'],
    ['Can we turn endpoints off at night? Thanks, Vinayak', 'Can we turn endpoints off at night?'],
    ['Which labelling tool fits 100k images?\nAny help would be greatly appreciated.\nCheers, Emre', 'Which labelling tool fits 100k images?'],
    ['Chunking tables for RAG\nHey! I have CSV exports, how should I chunk them?', 'Chunking tables for RAG\nI have CSV exports, how should I chunk them?'],
    ['Hola María, ¿qué modelo usamos? which model do we use?', '¿qué modelo usamos? which model do we use?'],
    ['which GPU for a 7B model :thinking_face: thanks in advance :pray:', 'which GPU for a 7B model'],
    ['Hi <@U01ABC>, thanks for the great book! When should we retrain?', 'When should we retrain?'],
    ['<@!1234567> quick question: do we need a feature store?', 'do we need a feature store?'],
    ["Great book! I've been reading it with my team. This might be a naive question, but when do we need a GPU?", 'when do we need a GPU?'],
    ['Long time listener, first time caller. I hope this is the right channel: how do we price a labelling vendor?', 'how do we price a labelling vendor?'],
  ])('GIVEN %j THEN %j', (text, question) => {
    expect(withoutCourtesies(text)).toBe(question);
  });

  it.each([
    'Hi Alexey!',
    'hello',
    'thanks a lot!',
    'hey, thanks so much for the help!',
    'which LLM is best',
    'Question about tuning: what grid should we search?',
    'Great question from my boss: should we build or buy?',
    'hiring a data scientist or training one of ours?',
    'Hi-res images or thumbnails for training?',
    'what are the best regards for cost',
    'the endpoint arn:aws:sagemaker:us-east-1:123:endpoint/x is slow at 10:30:45',
    '',
  ])('GIVEN %j THEN the text is left as it was', (text) => {
    expect(withoutCourtesies(text)).toBe(text);
  });
});

describe('withoutCourtesies on hostile input', () => {
  // A repeated group of sign-offs once let these be split in exponentially many ways: forty repetitions did not end.
  it.each([
    ['sign-off words that do not end the message', `How do we start. ${'cheers Best '.repeat(40)}x?`],
    ['thanks and a name, over and over', `How do we start. ${'Thanks Anna '.repeat(40)}x?`],
    ['salutations on every line', `${'Hi there,\n'.repeat(500)}what is RAG?`],
  ])('GIVEN %s THEN it returns, with the question', (_what, text) => {
    expect(withoutCourtesies(text)).toContain('?');
  });
});

describe('a question wrapped in courtesies', () => {
  it.each(Object.entries(paraphrases).filter(([label]) => label !== 'oos' && label !== 'smalltalk'))(
    'GIVEN a %s question with a salutation, thanks and a sign-off THEN the reply is the bare question\'s',
    async (_label, questions) => {
      const { advisor } = await coreAdvisor();
      const question = questions[1]!;
      const bare = await advisor.handle(message(question, { conversationId: 'bare' }));
      const wrapped = await advisor.handle(
        message(`Hi Maria, thanks for doing this AMA! Quick question: ${question}\nThanks in advance!\nBest regards, Jan`, { conversationId: 'wrapped' }),
      );
      expect({ outcome: wrapped.outcome, painPoint: wrapped.painPoint, entryId: wrapped.entryId }).toEqual({
        outcome: bare.outcome,
        painPoint: bare.painPoint,
        entryId: bare.entryId,
      });
    },
  );

  it('GIVEN only a greeting THEN it is still a greeting', async () => {
    const { advisor } = await coreAdvisor();
    expect(await advisor.handle(message('Hi Alexey!'))).toMatchObject({ outcome: 'smalltalk' });
  });
});
