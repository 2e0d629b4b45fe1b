import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import type { Candidate } from '../../src/match/match-question.js';
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

  it('GIVEN the likeliest pain point has a best entry THEN the reply leads with it as the nearest answer, with its sources, and still offers every choice', () => {
    const reply = clarifyReply(index, [candidate('billing', 'budgets', 0.4), candidate('hiring', 'interviews', 0.38)], 0.4);
    expect(reply.outcome).toBe('clarify');
    expect(reply.title).toBe('Nearest answer — About budgets');
    expect(reply.body).toContain('could fit more than one topic');
    expect(reply.body).toContain('The answer about budgets.');
    expect(reply.sources.map((s) => s.url)).toEqual(['https://example.com/budgets']);
    expect(reply.actions.map((a) => a.id)).toEqual(['entry:budgets', 'entry:interviews']);
  });

  it('GIVEN the likeliest pain point has no best entry THEN the reply only asks which one was meant', () => {
    const reply = clarifyReply(index, [candidate('billing', null, 0.4), candidate('hiring', 'interviews', 0.38)], 0.4);
    expect(reply.title).toBe('Did you mean…');
    expect(reply.body).toBe('Your question could fit more than one topic. Which one is closest?');
    expect(reply.sources).toEqual([]);
    expect(reply.actions.map((a) => a.id)).toEqual(['topic:billing', 'entry:interviews']);
  });
});
