import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import type { Candidate } from '../../src/match/match-question.js';
import { answerLead } from '../../src/replies/answer-lead.js';
import { clarifyReply } from '../../src/replies/menu-replies.js';
import { tempPackIndex } from '../fakes/temp-pack.js';

describe('clarify: two pain points fit about equally', () => {
  let pack: Awaited<ReturnType<typeof tempPackIndex>>;
  let index: KnowledgeIndex;
  beforeAll(async () => {
    pack = await tempPackIndex();
    index = pack.index;
  });
  afterAll(() => pack.remove());

  const candidate = (painPoint: string, entryId: string | null, score: number): Candidate => ({ painPoint, entryId, score, entryScore: 0.5, nearest: entryId ? [entryId] : [] });

  it('GIVEN the pain points have best entries THEN the reply offers each with its answer\'s opening and sources, never one whole answer', () => {
    const reply = clarifyReply(index, [candidate('billing', 'budgets', 0.4), candidate('hiring', 'interviews', 0.38)], 0.4);
    const budgets = index.entries.get('budgets')!;
    const interviews = index.entries.get('interviews')!;
    expect(reply.outcome).toBe('clarify');
    expect(reply.title).toBe('Did you mean…');
    expect(reply.body).toContain('could fit more than one topic');
    expect(reply.body).toContain(`**${budgets.title}** — ${answerLead(budgets.body)}`);
    expect(reply.body).toContain(`**${interviews.title}** — ${answerLead(interviews.body)}`);
    expect(reply.body.indexOf(budgets.title)).toBeLessThan(reply.body.indexOf(interviews.title));
    expect(reply.sources.map((s) => s.url)).toEqual([budgets.links[0]!.url, interviews.links[0]!.url]);
    expect(reply.actions.map((a) => a.id)).toEqual(['entry:budgets', 'entry:interviews']);
  });

  it('GIVEN an entry whose answer runs past its opening THEN the rest of it is left for the click', () => {
    const budgets = index.entries.get('budgets')!;
    const long = { ...budgets, body: 'Set a budget with an alert. Start at the monthly forecast.\n\nThe rest of the answer: tags, owners, reviews.' };
    const withLong = { ...index, entries: new Map(index.entries).set('budgets', long) };
    const reply = clarifyReply(withLong, [candidate('billing', 'budgets', 0.4), candidate('hiring', 'interviews', 0.38)], 0.4);
    expect(reply.body).toContain('Set a budget with an alert. Start at the monthly forecast.');
    expect(reply.body).not.toContain('The rest of the answer');
  });

  it('GIVEN only the second pain point has a best entry THEN only that one is quoted, and both are offered', () => {
    const reply = clarifyReply(index, [candidate('billing', null, 0.4), candidate('hiring', 'interviews', 0.38)], 0.4);
    expect(reply.title).toBe('Did you mean…');
    expect(reply.body).toContain(`**${index.entries.get('interviews')!.title}**`);
    expect(reply.actions.map((a) => a.id)).toEqual(['topic:billing', 'entry:interviews']);
  });

  it('GIVEN no pain point has a best entry THEN the reply only asks which one was meant', () => {
    const reply = clarifyReply(index, [candidate('billing', null, 0.4), candidate('hiring', null, 0.38)], 0.4);
    expect(reply.body).toBe('Your question could fit more than one topic. Which one is closest?');
    expect(reply.sources).toEqual([]);
    expect(reply.actions.map((a) => a.id)).toEqual(['topic:billing', 'topic:hiring']);
  });
});
