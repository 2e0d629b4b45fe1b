import { describe, expect, it } from 'vitest';
import type { Advisor } from '../../src/advisor.js';
import { replySchema, type Reply } from '../../src/reply.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { action, message } from '../fakes/core-messages.js';
import { outOfScope, paraphrases, smalltalk } from '../match/paraphrases.js';

/** Every reply the tests can reach: entries, overviews, answers to questions, follow-ups, guide steps, menus. */
async function reachableReplies(advisor: Advisor): Promise<Array<{ how: string; reply: Reply }>> {
  const out: Array<{ how: string; reply: Reply }> = [];
  const ask = async (how: string, m: Parameters<Advisor['handle']>[0]): Promise<Reply> => {
    const reply = await advisor.handle(m);
    out.push({ how, reply });
    return reply;
  };
  const k = advisor.index.knowledge;
  for (const e of k.entries) await ask(`entry:${e.id}`, action(`entry:${e.id}`));
  for (const p of k.painPoints) await ask(`topic:${p.id}`, action(`topic:${p.id}`));
  for (const q of [...Object.values(paraphrases).flat(), ...outOfScope, ...smalltalk]) {
    await ask(q, message(q, { conversationId: q }));
    for (const f of ['tell me more', 'why?', 'any examples?']) await ask(`${q} → ${f}`, message(f, { conversationId: q }));
  }
  for (const id of ['path:start', 'path:start:no', 'path:data:yes']) await ask(id, action(id));
  return out;
}

describe('the shape of every reply', () => {
  it('GIVEN every reachable reply THEN it validates, answers have sources and 2–3 follow-ups, ids ≤ 100 and labels ≤ 75 chars', async () => {
    const { advisor } = await coreAdvisor({ settings: { rateLimit: null } });
    const problems: string[] = [];
    for (const { how, reply } of await reachableReplies(advisor)) {
      if (!replySchema.safeParse(reply).success) problems.push(`${how}: does not validate`);
      for (const a of reply.actions) {
        if (a.id.length > 100) problems.push(`${how}: action id ${a.id.length} chars`);
        if (a.label.length > 75) problems.push(`${how}: label "${a.label}" ${a.label.length} chars`);
      }
      if (new Set(reply.actions.map((a) => a.id)).size !== reply.actions.length) problems.push(`${how}: duplicate actions`);
      if (reply.outcome !== 'answer') continue;
      if (reply.sources.length < 1) problems.push(`${how}: answer without a source`);
      // Follow-ups lead somewhere in the knowledge; "Me too" and "Ask a person" come on top of them.
      const followUps = reply.actions.filter((a) => !a.id.startsWith('gap:') && !a.id.startsWith('handoff:'));
      if (followUps.length < 2 || followUps.length > 3) problems.push(`${how}: ${followUps.length} follow-ups`);
      if (reply.uncovered && !reply.actions.some((a) => a.id === 'gap:me-too')) problems.push(`${how}: an uncovered answer without "Me too"`);
      if (reply.entryId && reply.actions.some((a) => a.id === `entry:${reply.entryId}`)) problems.push(`${how}: offers itself as a follow-up`);
      if (!reply.body.trim()) problems.push(`${how}: empty body`);
    }
    expect(problems).toEqual([]);
  });
});
