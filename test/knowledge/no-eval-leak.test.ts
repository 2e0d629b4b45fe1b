import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLabelledLines } from '../../src/evaluation/labelled-question.js';
import { nearDuplicates, type Phrasing } from '../../src/knowledge/near-duplicates.js';
import { shippedKnowledge } from '../fakes/test-advisor.js';

const evalDir = path.resolve(import.meta.dirname, '..', 'eval');

/**
 * The real-question sets stay a fair test: no example in the knowledge (entries, pain points, smalltalk, out of
 * scope) is a copy or near-copy of a question people asked in public that the sets hold.
 */
describe('no real question leaks into the knowledge', () => {
  it('GIVEN every example and every evaluation line THEN no pair is a near-duplicate', async () => {
    const k = await shippedKnowledge();
    const examples: Phrasing[] = [
      ...k.entries.flatMap((e) => e.examples.map((text, i) => ({ owner: 'knowledge', field: `${e.id}.examples.${i}`, text }))),
      ...k.painPoints.flatMap((p) => p.examples.map((text, i) => ({ owner: 'knowledge', field: `${p.id}.examples.${i}`, text }))),
      ...k.outOfScope.flatMap((o) => o.examples.map((text, i) => ({ owner: 'knowledge', field: `${o.id}.examples.${i}`, text }))),
      ...k.smalltalk.flatMap((s) => s.examples.map((text, i) => ({ owner: 'knowledge', field: `${s.id}.examples.${i}`, text }))),
    ];
    const lines: Phrasing[] = readdirSync(evalDir)
      .filter((f) => f.startsWith('real-') && f.endsWith('.jsonl'))
      .flatMap((f) => parseLabelledLines(readFileSync(path.join(evalDir, f), 'utf8'), f).map((q, i) => ({ owner: f, field: `line ${i + 1}`, text: q.text })));
    const leaks = nearDuplicates([...examples, ...lines])
      .filter((d) => (d.a.owner === 'knowledge') !== (d.b.owner === 'knowledge'))
      .map((d) => `${d.a.owner} ${d.a.field} ≈ ${d.b.owner} ${d.b.field}: "${d.a.text}"`);
    expect(leaks).toEqual([]);
  });
});
