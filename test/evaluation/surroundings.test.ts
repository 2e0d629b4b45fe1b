import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type EvalReport } from '../../src/evaluation/evaluate.js';
import { parseLabelledLines } from '../../src/evaluation/labelled-question.js';
import { afterIntroduction, asSpoken, withPastedCode, wrapInCourtesies } from '../../src/evaluation/surroundings.js';
import { renderPlainText } from '../../src/render/plain-text.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';

const file = new URL('../eval/real-dev.jsonl', import.meta.url);

/**
 * How many lines each surrounding may cost, in scope and at the entry level, against the lines as collected. Measured
 * with this test and `ml-advisor eval --set test/eval/real-dev.jsonl --courtesies --code --spoken --intro` (stop 35):
 * courtesies cost 1 and 0, code 0 and 1, speech 0 and 4, an introduction 8 and 19; before the matcher read past them,
 * 14 and 24, 90 and 42, 2 and 8, 15 and 33.
 */
const ALLOWED: Record<string, { inScope: number; entries: number }> = {
  courtesies: { inScope: 5, entries: 6 },
  code: { inScope: 5, entries: 6 },
  spoken: { inScope: 5, entries: 6 },
  intro: { inScope: 12, entries: 24 },
};

const SURROUNDINGS: Record<string, (text: string, i: number) => string> = {
  courtesies: wrapInCourtesies,
  code: withPastedCode,
  spoken: asSpoken,
  intro: afterIntroduction,
};

describe('real-dev with what people put around a question', () => {
  const items = parseLabelledLines(readFileSync(file, 'utf8'), 'real-dev.jsonl');
  const run = async (wrap: (text: string, i: number) => string): Promise<EvalReport> => {
    const { advisor } = await coreAdvisor({ settings: { rateLimit: null, logQuestions: false } });
    let n = 0;
    return evaluate(
      items.map((item, i) => ({ ...item, text: wrap(item.text, i) })),
      async (text) => {
        const reply = await advisor.handle(message(text, { conversationId: `s-${++n}` }));
        return { reply, text: renderPlainText(reply) };
      },
    );
  };

  let bare: EvalReport;
  beforeAll(async () => {
    bare = await run((text) => text);
  });

  it.each(Object.keys(SURROUNDINGS))('GIVEN every line with %s THEN in-scope answers and right entries stay near the lines as collected', async (name) => {
    const wrapped = await run(SURROUNDINGS[name]!);
    const figures = `${name}: in scope ${wrapped.inScope.correct} against ${bare.inScope.correct}, right entry ${wrapped.entries.addressed} against ${bare.entries.addressed}`;
    expect(bare.inScope.correct - wrapped.inScope.correct, figures).toBeLessThanOrEqual(ALLOWED[name]!.inScope);
    expect(bare.entries.addressed - wrapped.entries.addressed, figures).toBeLessThanOrEqual(ALLOWED[name]!.entries);
  });
});
