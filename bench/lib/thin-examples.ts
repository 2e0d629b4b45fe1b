import type { Knowledge } from '../../src/knowledge/schema.js';

/** Whether the i-th example of a list is kept when keeping `fraction` of them (Fibonacci hashing: spread, repeatable). */
const kept = (i: number, fraction: number): boolean => fraction >= 1 || (Math.imul(i + 1, 0x9e3779b1) >>> 0) / 2 ** 32 < fraction;

/**
 * The knowledge with only a fraction of its examples: `inScope` of each pain point's and entry's examples,
 * `outOfScope` of each out-of-scope file's. Titles, keywords and smalltalk stay whole. For learning curves: does
 * the matcher still gain from more examples of a kind?
 */
export function thinExamples(knowledge: Knowledge, inScope: number, outOfScope: number): Knowledge {
  const thin = (examples: string[], fraction: number): string[] => examples.filter((_, i) => kept(i, fraction));
  return {
    ...knowledge,
    painPoints: knowledge.painPoints.map((p) => ({ ...p, examples: thin(p.examples, inScope) })),
    entries: knowledge.entries.map((e) => ({ ...e, examples: thin(e.examples, inScope) })),
    outOfScope: knowledge.outOfScope.map((o) => ({ ...o, examples: thin(o.examples, outOfScope) })),
  };
}
