import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, ratio } from '../../src/evaluation/evaluate.js';
import { parseLabelledLines } from '../../src/evaluation/labelled-question.js';
import { renderPlainText } from '../../src/render/plain-text.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';

const file = new URL('../eval/eval-set.jsonl', import.meta.url);

// Measured with this test (knowledge and matcher of 2026-11-29, commit 28489a5): in-scope 95.0% (171/180),
// out-of-scope rejection 100% (50/50), smalltalk 95.0% (19/20). Floors sit a few points below.
const FLOORS = { inScope: 0.9, outOfScope: 0.92, smalltalk: 0.9 };

describe('the real advisor on test/eval/eval-set.jsonl', () => {
  it('GIVEN the labelled set THEN in-scope accuracy, out-of-scope rejection and smalltalk stay above their floors', async () => {
    const items = parseLabelledLines(readFileSync(file, 'utf8'), 'eval-set.jsonl');
    expect(items.length).toBeGreaterThanOrEqual(150);
    const { advisor } = await coreAdvisor({ settings: { rateLimit: null, logQuestions: false } });
    let n = 0;
    const report = await evaluate(items, async (text) => {
      const reply = await advisor.handle(message(text, { conversationId: `eval-${++n}` }));
      return { reply, text: renderPlainText(reply) };
    });
    const figures = `in-scope ${report.inScope.correct}/${report.inScope.total}, out-of-scope ${report.outOfScope.correct}/${report.outOfScope.total}, smalltalk ${report.smalltalk.correct}/${report.smalltalk.total}\nmisses:\n${report.misses.map((m) => `  [${m.label} → ${m.got}] ${m.text}`).join('\n')}`;
    expect(report.outOfScope.total, figures).toBeGreaterThanOrEqual(30);
    expect(ratio(report.inScope), figures).toBeGreaterThanOrEqual(FLOORS.inScope);
    expect(ratio(report.outOfScope), figures).toBeGreaterThanOrEqual(FLOORS.outOfScope);
    expect(ratio(report.smalltalk), figures).toBeGreaterThanOrEqual(FLOORS.smalltalk);
    for (const [label, tally] of report.perLabel) expect(ratio(tally), `${label}: ${figures}`).toBeGreaterThanOrEqual(0.75);
  });
});
