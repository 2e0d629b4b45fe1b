import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/knowledge/schema.js';
import { leadList } from '../../src/replies/lead-list.js';
import { answerSentences, nearestPassages } from '../../src/replies/relevant-passage.js';
import { useTempPackIndex } from '../fakes/temp-pack.js';

const BODY = [
  'Set a budget with an alert on the account. Start from the monthly forecast.',
  '',
  'Three habits:',
  '',
  '- Read the invoice lines every month, so that a surprise on the invoice is found in days rather than at the end of the quarter.',
  '- Interview the people whose spend grows fastest when the alarm fires twice in a row, before anyone raises a limit.',
  '- Short.',
].join('\n');

describe('the sentence of an answer nearest the question', () => {
  const pack = useTempPackIndex();
  let entry: Entry;
  beforeAll(() => {
    entry = { ...pack.index.entries.get('budgets')!, body: BODY };
  });

  const nearestTo = (q: string) => nearestPassages(pack.index.featurizer, [entry], q)[0];

  it('GIVEN an answer THEN its quotable sentences leave out the opening, list lead-ins and fragments', () => {
    const sentences = answerSentences(entry);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toMatch(/^Read the invoice lines/);
    expect(sentences.join(' ')).not.toContain('Set a budget');
    expect(sentences.join(' ')).not.toContain('Three habits');
  });

  it('GIVEN a bold or code span cut by the sentence split THEN its stray markers are dropped, paired ones kept', () => {
    const cut = { ...entry, body: 'Opening sentence here.\n\n**Keep the invoice lines short. Read the invoice lines weekly** so that `grep` finds them.\n\nAlso the `invoice lines tool` has a **budget alert** for the invoice lines.' };
    const sentences = answerSentences(cut);
    expect(sentences).toContain('Read the invoice lines weekly so that `grep` finds them.');
    expect(sentences).toContain('Also the `invoice lines tool` has a **budget alert** for the invoice lines.');
  });

  it('GIVEN a question sharing words with one sentence THEN that sentence is chosen', () => {
    expect(nearestTo('what is on my invoice lines')).toMatch(/^Read the invoice lines/);
    expect(nearestTo('how to interview when spend grows')).toMatch(/^Interview the people/);
  });

  it('GIVEN a question sharing nothing with the answer THEN no sentence is quoted', () => {
    expect(nearestTo('weather joke')).toBeUndefined();
  });

  it('GIVEN a list for a question THEN each line has the opening, and the nearest sentence after it only where one is near', () => {
    const other = pack.index.entries.get('interviews')!;
    const lines = leadList(pack.index, [entry, other], 'what is on my invoice lines').split('\n');
    expect(lines[0]).toMatch(/^- \*\*About budgets\*\* — Set a budget with an alert on the account\. Start from the monthly forecast\. … Read the invoice lines/);
    expect(lines[1]).toBe(`- **${other.title}** — The answer about interviews.`);
    expect(leadList(pack.index, [entry])).not.toContain('…');
  });
});
