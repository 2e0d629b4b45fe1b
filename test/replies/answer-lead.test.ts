import { describe, expect, it } from 'vitest';
import { answerLead, entryLead } from '../../src/replies/answer-lead.js';
import type { Entry } from '../../src/knowledge/schema.js';

describe('answerLead: the opening of an answer, for a reply that offers it beside another', () => {
  it('GIVEN two short sentences THEN both, and nothing after the first paragraph', () => {
    expect(answerLead('Stop idle endpoints. They bill by the hour.\n\nSet a budget alert too.')).toBe('Stop idle endpoints. They bill by the hour.');
  });

  it('GIVEN numbers and abbreviations THEN sentences are not split inside them', () => {
    expect(answerLead('Use 0.5 GB per billion parameters, e.g. for 4-bit weights. Then add the KV cache. A third.')).toBe(
      'Use 0.5 GB per billion parameters, e.g. for 4-bit weights. Then add the KV cache.',
    );
  });

  it('GIVEN a second sentence that opens a list THEN only the first, ending as a sentence', () => {
    expect(answerLead('Start small. Pick one of these:\n\n- a\n- b')).toBe('Start small.');
    expect(answerLead('Pick one of these:\n\n- a')).toBe('Pick one of these.');
  });

  it('GIVEN a long second sentence THEN the first alone; GIVEN a very long first THEN cut at a word', () => {
    const long = `Then ${'measure it again '.repeat(30).trim()}.`;
    expect(answerLead(`Start with a baseline. ${long}`)).toBe('Start with a baseline.');
    const lead = answerLead(`${'word '.repeat(200).trim()}.`);
    expect(lead.length).toBeLessThanOrEqual(401);
    expect(lead).toMatch(/word…$/);
  });

  it('GIVEN an entry THEN its lead is its body\'s', () => {
    const entry = { body: 'Stop idle endpoints. They bill by the hour.\n\nMore.' } as Entry;
    expect(entryLead(entry)).toBe('Stop idle endpoints. They bill by the hour.');
    expect(entryLead(entry)).toBe(answerLead(entry.body));
  });
});
