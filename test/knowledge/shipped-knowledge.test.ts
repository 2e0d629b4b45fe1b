import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolMentions } from '../../src/match/tool-mentions.js';
import { knowledgeDir, shippedKnowledge } from '../fakes/test-advisor.js';

// CI has shared/ beside the clone: ../shared/seed/FACTS.md from the repository root.
const factsFile = path.resolve(knowledgeDir, '..', '..', 'shared', 'seed', 'FACTS.md');

/** URLs of a Markdown text, without trailing punctuation or an unbalanced closing parenthesis. */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s·<>"]+/g)].map(([raw]) => {
    let url = raw.replace(/[.,;:]+$/, '');
    while (url.endsWith(')') && url.split('(').length < url.split(')').length) url = url.slice(0, -1).replace(/[.,;:]+$/, '');
    return url;
  });
}

const canonical = (url: string): string => url.replace(/\/+$/, '').toLowerCase();

describe('shipped knowledge against the seed facts', () => {
  const facts = readFileSync(factsFile, 'utf8');

  it('GIVEN FACTS.md THEN it has links to check (the extractor works)', () => {
    const urls = urlsIn(facts);
    expect(urls.length).toBeGreaterThan(15);
    expect(urls).toContain('https://en.wikipedia.org/wiki/John_Gall_(author)');
    expect(urls).toContain('https://docs.aws.amazon.com/sagemaker/latest/dg/algos.html');
  });

  it('GIVEN every URL in FACTS.md THEN some knowledge file lists it among its links', async () => {
    const k = await shippedKnowledge();
    const linked = new Set([...k.entries, ...k.painPoints].flatMap((item) => item.links.map((l) => canonical(l.url))));
    const missing = [...new Set(urlsIn(facts))].filter((url) => !linked.has(canonical(url)));
    expect(missing).toEqual([]);
  });

  it('GIVEN every entry THEN it has 2 to 4 related ids, each an existing other entry', async () => {
    const k = await shippedKnowledge();
    const ids = new Set(k.entries.map((e) => e.id));
    const bad = k.entries
      .filter((e) => e.related.length < 2 || e.related.length > 4 || new Set(e.related).size !== e.related.length || e.related.some((r) => r === e.id || !ids.has(r)))
      .map((e) => `${e.id}: [${e.related.join(', ')}]`);
    expect(bad).toEqual([]);
  });

  it('GIVEN every entry THEN it has at least one source link', async () => {
    const k = await shippedKnowledge();
    expect(k.entries.filter((e) => e.links.length === 0).map((e) => e.id)).toEqual([]);
  });

  it('GIVEN every tool THEN its links are https and its file is named by its id', async () => {
    const k = await shippedKnowledge();
    expect(k.tools.length).toBeGreaterThanOrEqual(50);
    const bad = k.tools.filter((t) => t.links.some((l) => !l.url.startsWith('https://')) || path.basename(t.file) !== `${t.id}.md`).map((t) => t.id);
    expect(bad).toEqual([]);
  });

  it('GIVEN everyday, chit-chat and workplace questions THEN no tool alias fires on their ordinary words', async () => {
    const k = await shippedKnowledge();
    const ordinary = k.outOfScope.filter((o) => ['oos-everyday', 'oos-chit-chat', 'oos-workplace', 'oos-the-experts-own-story'].includes(o.id));
    expect(ordinary).toHaveLength(4);
    const fired = ordinary.flatMap((o) => o.examples.map((e) => [e, toolMentions(k.tools, e).map((t) => t.id)] as const)).filter(([, ids]) => ids.length);
    expect(fired).toEqual([]);
  });
});
