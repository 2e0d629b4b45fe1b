import { describe, expect, it } from 'vitest';
import { withoutPastedCode } from '../../src/match/pasted-code.js';
import { questionText } from '../../src/match/question-text.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';
import { paraphrases } from './paraphrases.js';

const trace = 'Traceback (most recent call last):\n  File "train.py", line 42, in <module>\n    main()\n  File "train.py", line 30, in main\n    trainer.train()';

describe('withoutPastedCode', () => {
  it.each([
    ['how do we get this notebook model into production?\n```python\nmodel.fit(X, y)\nprint(model.score(X_t, y_t))\n```', 'how do we get this notebook model into production?'],
    ['our endpoint config is\n```yaml\nreplicas: 2\n```\nand it costs too much at night, what can we do?', 'our endpoint config is\n\n\nand it costs too much at night, what can we do?'],
    [`training keeps dying on our shared GPU box, what should we check?\n${trace}`, 'training keeps dying on our shared GPU box, what should we check?'],
    ['the batch job is slow, how do we speed it up?\n2024-05-01 10:22:13 INFO start\n2024-05-01 10:23:01 INFO done', 'the batch job is slow, how do we speed it up?'],
    ['our Java scorer falls over under load, how do we scale it?\n    at com.acme.Scorer.run(Scorer.java:42)\n    at com.acme.Main.main(Main.java:7)', 'our Java scorer falls over under load, how do we scale it?'],
    ['which instance should we train this on? ```\nepochs: 10\nbatch: 64', 'which instance should we train this on?'],
  ])('GIVEN a question with code pasted in THEN the matcher reads its prose (%#)', (text, prose) => {
    expect(withoutPastedCode(text)).toBe(prose);
  });

  it('GIVEN a trace ending in an error under a vague question THEN the error line stays with the prose', () => {
    expect(withoutPastedCode(`My training script crashes, what can I do?\n\`\`\`\n${trace}\nRuntimeError: CUDA out of memory.\n\`\`\``)).toBe(
      'My training script crashes, what can I do?\nRuntimeError: CUDA out of memory.',
    );
    expect(withoutPastedCode('Deploying to Lambda fails:\n```\n{"errorMessage": "No module named \'tflite_runtime\'"}\n```')).toBe(
      'Deploying to Lambda fails:\n{"errorMessage": "No module named \'tflite_runtime\'"}',
    );
  });

  it('GIVEN little prose beside a trace THEN the error lines stay with it', () => {
    expect(withoutPastedCode(`getting this error:\n\`\`\`\n${trace}\nRuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB\n\`\`\``)).toBe(
      'getting this error:\nRuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB',
    );
  });

  it.each([
    'how do we start with ML?',
    'see below:\n```\nx = 1\n```',
    'Pricing\n  at least (in my view) the endpoint is the biggest cost, how do we cut it?',
    'we use `model.fit` in a notebook, how do we ship it?',
    '',
  ])('GIVEN %j THEN the text is left as it was', (text) => {
    expect(withoutPastedCode(text)).toBe(text);
  });

  it('GIVEN courtesies and a trace around a question THEN the matcher reads the question alone', () => {
    expect(questionText(`Hi Alexey, quick question: why is training so slow on our GPUs?\n${trace}\nThanks in advance!`)).toBe('why is training so slow on our GPUs?');
  });
});

describe('a question with code pasted in', () => {
  it.each(Object.entries(paraphrases).filter(([label]) => label !== 'oos' && label !== 'smalltalk'))(
    "GIVEN a %s question followed by a trace and a config THEN the reply is the bare question's",
    async (_label, questions) => {
      const { advisor } = await coreAdvisor();
      const question = questions[3]!;
      const bare = await advisor.handle(message(question, { conversationId: 'bare' }));
      const pasted = await advisor.handle(message(`${question}\n${trace}\n\`\`\`yaml\nresources:\n  limits:\n    memory: 16Gi\n\`\`\``, { conversationId: 'pasted' }));
      expect({ outcome: pasted.outcome, painPoint: pasted.painPoint, entryId: pasted.entryId }).toEqual({
        outcome: bare.outcome,
        painPoint: bare.painPoint,
        entryId: bare.entryId,
      });
    },
  );
});
