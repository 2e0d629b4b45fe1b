import { describe, expect, it } from 'vitest';
import { evaluate, predictedLabel, ratio } from '../../src/evaluation/evaluate.js';
import type { LabelledQuestion } from '../../src/evaluation/labelled-question.js';
import type { Reply } from '../../src/reply.js';

const reply = (outcome: Reply['outcome'], painPoint: string | null = null): Reply => ({
  outcome,
  painPoint,
  entryId: null,
  confidence: 0.5,
  title: 't',
  body: outcome === 'answer' ? `About ${painPoint}: use SageMaker notebooks.` : 'menu',
  sources: [],
  actions: [],
  feedback: false,
});

// What the fake advisor does with each question.
const decisions: Record<string, Reply> = {
  'q-cost-1': reply('answer', 'cost'),
  'q-cost-2': reply('answer', 'infra'),
  'q-cost-3': reply('clarify'),
  'q-infra-1': reply('answer', 'infra'),
  'q-oos-1': reply('fallback'),
  'q-oos-2': reply('answer', 'cost'),
  'q-hi': reply('smalltalk'),
  'q-hi-2': reply('fallback'),
};

const items: LabelledQuestion[] = [
  { text: 'q-cost-1', label: 'cost', expect: ['sagemaker', 'NOTEBOOKS'] },
  { text: 'q-cost-2', label: 'cost' },
  { text: 'q-cost-3', label: 'cost' },
  { text: 'q-infra-1', label: 'infra', expect: ['gpu'] },
  { text: 'q-oos-1', label: 'oos' },
  { text: 'q-oos-2', label: 'oos' },
  { text: 'q-hi', label: 'smalltalk' },
  { text: 'q-hi-2', label: 'smalltalk' },
];

describe('evaluate', () => {
  it('GIVEN a fake advisor THEN per-label tallies, headline tallies, confusion, facts and misses are counted', async () => {
    const asked: string[] = [];
    const report = await evaluate(items, async (text) => {
      asked.push(text);
      const r = decisions[text]!;
      return { reply: r, text: `${r.title}\n${r.body}` };
    });
    expect(asked).toEqual(items.map((i) => i.text));
    expect(Object.fromEntries(report.perLabel)).toEqual({
      cost: { total: 3, correct: 1 },
      infra: { total: 1, correct: 1 },
      oos: { total: 2, correct: 1 },
      smalltalk: { total: 2, correct: 1 },
    });
    expect(report.inScope).toEqual({ total: 4, correct: 2 });
    expect(report.outOfScope).toEqual({ total: 2, correct: 1 });
    expect(report.smalltalk).toEqual({ total: 2, correct: 1 });
    expect(Object.fromEntries(report.confusion.get('cost')!)).toEqual({ cost: 1, infra: 1, clarify: 1 });
    expect(Object.fromEntries(report.confusion.get('oos')!)).toEqual({ fallback: 1, cost: 1 });
    expect(report.facts).toEqual({ total: 2, correct: 1 });
    expect(report.misses.find((m) => m.text === 'q-infra-1')).toMatchObject({ got: 'infra', missing: ['gpu'] });
    expect(report.misses.map((m) => m.text).sort()).toEqual(['q-cost-2', 'q-cost-3', 'q-hi-2', 'q-infra-1', 'q-oos-2']);
  });

  it('GIVEN uncovered replies that show a nearest answer THEN the entry tally counts whether it was the expected entry', async () => {
    const uncovered = (closestEntryId?: string): Reply => ({ ...reply('answer', 'cost'), uncovered: true, ...(closestEntryId ? { closestEntryId } : {}) });
    const byText: Record<string, Reply> = { a: uncovered('spot'), b: uncovered('spot'), c: uncovered('spot'), d: uncovered() };
    const lines: LabelledQuestion[] = [
      { text: 'a', label: 'cost', entry: 'spot' },
      { text: 'b', label: 'cost', entry: 'budgets' },
      { text: 'c', label: 'cost', entry: null },
      { text: 'd', label: 'cost', entry: 'spot' },
    ];
    const report = await evaluate(lines, async (text) => ({ reply: byText[text]!, text }));
    expect(report.entries).toMatchObject({ missed: 3, honest: 1, nearestRight: 1, nearestOther: 2 });
  });

  it('GIVEN pain-point level replies THEN the entry tally counts those that offered the expected entry as a choice', async () => {
    const offering = (...ids: string[]): Reply => ({ ...reply('answer', 'cost'), uncovered: true, actions: ids.map((id) => ({ id: `entry:${id}`, label: id })) });
    const byText: Record<string, Reply> = { a: offering('budgets', 'spot'), b: offering('budgets'), c: offering('spot') };
    const lines: LabelledQuestion[] = [
      { text: 'a', label: 'cost', entry: 'spot' },
      { text: 'b', label: 'cost', entry: 'spot' },
      { text: 'c', label: 'cost', entry: null },
    ];
    const report = await evaluate(lines, async (text) => ({ reply: byText[text]!, text }));
    expect(report.entries).toMatchObject({ missed: 2, honest: 1, offeredRight: 1 });
  });

  it('GIVEN no items THEN empty tallies and ratio 0', async () => {
    const report = await evaluate([], async () => ({ reply: reply('fallback'), text: '' }));
    expect(report.inScope).toEqual({ total: 0, correct: 0 });
    expect(ratio(report.inScope)).toBe(0);
    expect(ratio({ total: 4, correct: 3 })).toBe(0.75);
  });

  it.each([
    [reply('answer', 'cost'), 'cost'],
    [reply('answer', null), 'answer'],
    [reply('clarify'), 'clarify'],
    [reply('notice'), 'notice'],
  ])('GIVEN a reply THEN predictedLabel is the pain point when answered, else the outcome', (r, label) => {
    expect(predictedLabel(r)).toBe(label);
  });
});
