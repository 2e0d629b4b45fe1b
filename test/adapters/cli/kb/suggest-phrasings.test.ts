import { describe, expect, it } from 'vitest';
import type { ConfirmedQuestion } from '../../../../adapters/cli/kb/suggest-confirmed.js';
import { phrasingSuggestions } from '../../../../adapters/cli/kb/suggest-phrasings.js';
import type { Entry } from '../../../../src/knowledge/schema.js';

const entry = (id: string, examples: string[]): Entry => ({
  kind: 'entry', id, painPoint: 'billing', title: `About ${id}`, examples, keywords: [], links: [], related: [], reviewed: new Date(0), body: '', file: `entries/${id}.md`,
});
const entries = [entry('invoices', ['how do I read the invoice', 'what is on my invoice', 'invoice lines explained']), entry('budgets', ['how do I set a budget', 'budget alert for the account', 'alarm when spend grows'])];
let n = 0;
const asked = (entryId: string, userKey: string, text: string, confirmations: ConfirmedQuestion['confirmations'] = ['pick']): ConfirmedQuestion => ({
  questionId: `q${++n}`, entryId, userKey, text, confirmations,
});

describe('phrasingSuggestions', () => {
  it('GIVEN a group from 3 people THEN its wordings, most asked first, with the evidence; fewer people THEN only counted', () => {
    const result = phrasingSuggestions(
      [
        asked('invoices', 'a', 'explain my bill', ['pick', 'up']),
        asked('invoices', 'b', 'explain my bill'),
        asked('invoices', 'c', 'please explain my bill to me', ['follow-up']),
        asked('invoices', 'd', 'why is the invoice so high', ['up']),
        asked('invoices', 'd', 'why is the invoice so high again', ['up']),
        asked('invoices', 'e', 'why is my invoice so high', ['up']),
      ],
      entries,
      { minPeople: 3 },
    );
    expect(result.suggestions).toEqual([
      {
        entryId: 'invoices',
        file: 'entries/invoices.md',
        groups: [{ evidence: { people: 3, questions: 3, picks: 2, up: 1, followUps: 1 }, phrasings: ['explain my bill', 'please explain my bill to me'], setAside: [], unfit: 0, more: 0 }],
      },
    ]);
    expect(result.hidden).toEqual({ groups: 1, questions: 3 });
    expect(JSON.stringify(result)).not.toContain('so high');
  });

  it('GIVEN a group whose wordings are all the entry\'s own examples, but for case and punctuation THEN nothing to add: covered', () => {
    const texts = ['How do I set a budget?', 'how do i set a budget', 'How do I set a budget'];
    const result = phrasingSuggestions(texts.map((t, i) => asked('budgets', `p${i}`, t, ['up'])), entries, { minPeople: 3 });
    expect(result.suggestions).toEqual([]);
    expect(result.covered.flatMap((c) => c.group.setAside.map((s) => [s.text, s.because, s.example?.field]))).toEqual(texts.map((t) => [t, 'covered', 'examples.0']));
  });

  it('GIVEN a near-duplicate of another entry\'s example, unfit texts and many wordings THEN only fit new ones, at most 3, unfit never shown', () => {
    const texts = ['the invoice lines, explained', 'invoice lines explained for our team', 'read <@U42> invoice lines', 'invoice lines explained for finance', 'invoice lines explained for the board', 'invoice lines explained for auditors'];
    const result = phrasingSuggestions(texts.map((t, i) => asked('budgets', `p${i}`, t)), entries, { minPeople: 3 });
    const [group] = result.suggestions[0]?.groups ?? [];
    expect(group?.setAside).toEqual([{ text: 'the invoice lines, explained', because: 'other-entry', example: { entryId: 'invoices', field: 'examples.2', text: 'invoice lines explained' } }]);
    expect(group?.phrasings).toHaveLength(3);
    expect(group).toMatchObject({ unfit: 1, more: 1 });
    expect(JSON.stringify(result)).not.toContain('U42');
  });

  it('GIVEN questions confirmed on an entry the knowledge no longer has THEN only counted', () => {
    const result = phrasingSuggestions(['a', 'b', 'c'].map((who) => asked('gone', who, 'old entry question')), entries, { minPeople: 3 });
    expect(result).toMatchObject({ suggestions: [], unknownEntry: 3 });
  });
});
