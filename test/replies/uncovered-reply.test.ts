import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/advisor.js';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import { answerLead } from '../../src/replies/answer-lead.js';
import { quoteQuestion, uncoveredReply } from '../../src/replies/uncovered-reply.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { manualClock, message } from '../fakes/core-messages.js';
import { tempPackIndex } from '../fakes/temp-pack.js';
import { silentLogger } from '../fakes/test-advisor.js';

describe('uncovered: the pain point is clear, no entry addresses the question', () => {
  let pack: Awaited<ReturnType<typeof tempPackIndex>>;
  let index: KnowledgeIndex;
  beforeAll(async () => {
    pack = await tempPackIndex();
    index = pack.index;
  });
  afterAll(() => pack.remove());

  const ask = async (text: string, entry: number, closest?: number) => {
    const store = new MemoryStore();
    const advisor = createAdvisor({
      knowledge: index.knowledge,
      index: { ...index, thresholds: { answer: 0, clarifyMargin: 0, entry, ...(closest === undefined ? {} : { closest }) } },
      store,
      logger: silentLogger(),
      clock: manualClock().now,
    });
    return { reply: await advisor.handle(message(text)), store };
  };

  it('GIVEN an entry threshold no entry reaches THEN an answer at the pain-point level that says so, offers the nearest entries, and is logged as uncovered', async () => {
    const { reply, store } = await ask('what is on my invoice this month', 0.999);
    expect(reply).toMatchObject({ outcome: 'answer', painPoint: 'billing', entryId: null, uncovered: true, feedback: true });
    expect(reply.body).toContain("I don't have a specific answer yet for _“what is on my invoice this month”_");
    // The pain point is named, but its general advice is not given as if it answered the question.
    expect(reply.body).toMatch(/It sounds like \*\*[^*]+\*\*\.$/);
    expect(reply.body).not.toContain('Watch the bill.');
    // The nearest entries come with their answers' openings, and those are the sources.
    const invoices = index.entries.get('invoices')!;
    expect(reply.body).toContain(`- **${invoices.title}** — ${answerLead(invoices.body)}`);
    expect(reply.sources).toContainEqual(invoices.links[0]);
    // The pain point's own entries first, then the likeliest of the rest of the guide (another pain point's).
    expect(reply.actions.map((a) => a.id)).toEqual(['entry:invoices', 'entry:budgets', 'entry:interviews', 'gap:me-too', 'gap:me-too-notify']);
    expect(store.questions.at(-1)).toMatchObject({ outcome: 'uncovered', painPoint: 'billing', entryId: null });
  });

  it('GIVEN a closest threshold the best entry reaches THEN its first paragraph leads, plainly hedged, with its sources; still uncovered', async () => {
    const { reply, store } = await ask('what is on my invoice this month', 0.999, 0);
    const invoices = index.entries.get('invoices')!;
    expect(reply).toMatchObject({ outcome: 'answer', painPoint: 'billing', entryId: null, uncovered: true, closestEntryId: 'invoices' });
    expect(reply.title).toBe(`Nearest answer — ${invoices.title}`);
    expect(reply.body).toContain("I'm not sure I have an exact answer for _“what is on my invoice this month”_");
    expect(reply.body).toContain(`The nearest I have answers a related question, _${invoices.title}_:\n\n${invoices.body}`);
    expect(reply.body).not.toContain(`- **${invoices.title}**`);
    // The other nearest entries come with their answers' openings, in case one of them is the question.
    const [other] = reply.actions.filter((a) => a.id.startsWith('entry:') && a.id !== 'entry:invoices');
    const second = index.entries.get(other!.id.slice('entry:'.length))!;
    expect(reply.body).toContain(`If your question is closer to one of these:\n- **${second.title}** — ${answerLead(second.body)}`);
    // The closest answer's sources, then those of the openings quoted below it.
    expect(reply.sources.slice(0, invoices.links.length)).toEqual(invoices.links);
    expect(reply.sources).toContainEqual(second.links[0]);
    expect(store.questions.at(-1)).toMatchObject({ outcome: 'uncovered', entryId: null });
  });

  it('GIVEN a 2018 seed entry among the nearest THEN the entries of today are listed (and offered) before it', () => {
    const invoices = { ...index.entries.get('invoices')!, seed: true };
    const seeded = { ...index, entries: new Map([...index.entries, ['invoices', invoices]]) };
    const reply = uncoveredReply(seeded, index.painPoints.get('billing')!, 'what is on my invoice', ['invoices', 'budgets'], 0.5);
    const budgets = index.entries.get('budgets')!;
    expect(reply.body.indexOf(`**${budgets.title}**`)).toBeLessThan(reply.body.indexOf(`**${invoices.title}**`));
    expect(reply.actions.filter((a) => a.id.startsWith('entry:')).map((a) => a.id)).toEqual(['entry:budgets', 'entry:invoices']);
  });

  it('GIVEN a closest threshold the best entry does not reach THEN the plain "no specific answer yet"', async () => {
    const { reply } = await ask('what is on my invoice this month', 0.999, 0.9985);
    expect(reply.closestEntryId).toBeUndefined();
    expect(reply.title).toMatch(/^No specific answer yet — /);
  });

  it('GIVEN no entry threshold THEN the same question gets its entry, logged as an answer', async () => {
    const { reply, store } = await ask('what is on my invoice this month', 0);
    expect(reply).toMatchObject({ outcome: 'answer', painPoint: 'billing', entryId: 'invoices' });
    expect(reply.uncovered).toBeUndefined();
    expect(store.questions.at(-1)).toMatchObject({ outcome: 'answer', entryId: 'invoices' });
  });
});

describe('quoteQuestion', () => {
  it('GIVEN markup, mentions and links THEN none of them is repeated', () => {
    const quoted = quoteQuestion('<!channel> @everyone **how** do we [click](https://evil.example) `rm -rf` <@U123> label?');
    expect(quoted).toBe('how do we click rm -rf label?');
  });

  it('GIVEN a link scheme outside a link THEN the scheme is not repeated', () => {
    expect(quoteQuestion('[x](javascript:alert(1)) how much is a notebook')).toBe('x alert 1 how much is a notebook');
    expect(quoteQuestion('see data:text/html,hi and JavaScript :void')).not.toMatch(/javascript|data:/i);
  });

  it('GIVEN a long question THEN it is cut at a word boundary with an ellipsis', () => {
    const quoted = quoteQuestion(`we are a small team ${'and we have lots of context '.repeat(10)}`);
    expect(quoted.length).toBeLessThanOrEqual(101);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted).not.toMatch(/\s…$/);
  });

  it('GIVEN only a code block THEN an empty quote (the reply then says "that")', () => {
    expect(quoteQuestion('```\nimport os\n```')).toBe('');
  });
});
