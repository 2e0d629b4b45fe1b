import { describe, expect, it } from 'vitest';
import { answerLead } from '../../src/replies/answer-lead.js';
import { fallbackReply } from '../../src/replies/menu-replies.js';
import { useTempPackIndex } from '../fakes/temp-pack.js';

describe('fallback: out of scope or too unsure', () => {
  const pack = useTempPackIndex();

  it('GIVEN no suggestion THEN it says what the advisor helps with and offers the topics only', () => {
    const reply = fallbackReply(pack.index, 0.1);
    expect(reply).toMatchObject({ outcome: 'fallback', painPoint: null, entryId: null, sources: [], feedback: false });
    expect(reply.body).toContain('I can help when your question is about one of these');
    expect(reply.body).not.toContain('nearest');
    expect(reply.actions.map((a) => a.id)).toEqual(['topic:billing', 'topic:hiring']);
  });

  it('GIVEN suggestions THEN each is offered with its answer\'s opening, source and button before the topics, and it stays a decline', () => {
    const budgets = pack.index.entries.get('budgets')!;
    const interviews = pack.index.entries.get('interviews')!;
    const reply = fallbackReply(pack.index, 0.2, [budgets, interviews]);
    expect(reply.outcome).toBe('fallback');
    expect(reply.title).toBe("I'm not sure I can help with that");
    expect(reply.body).toContain('If your question is about that, the nearest things I have');
    expect(reply.body).toContain(`**${budgets.title}** — ${answerLead(budgets.body)}`);
    expect(reply.body.indexOf(budgets.title)).toBeLessThan(reply.body.indexOf(interviews.title));
    expect(reply.body.indexOf(interviews.title)).toBeLessThan(reply.body.indexOf('Otherwise, I can help'));
    expect(reply.sources.map((s) => s.url)).toEqual([budgets.links[0]!.url, interviews.links[0]!.url]);
    expect(reply.actions.map((a) => a.id)).toEqual(['entry:budgets', 'entry:interviews', 'topic:billing', 'topic:hiring']);
    expect(reply.feedback).toBe(false);
  });
});
