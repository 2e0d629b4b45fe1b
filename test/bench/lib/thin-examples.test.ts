import { beforeAll, describe, expect, it } from 'vitest';
import { thinExamples } from '../../../bench/lib/thin-examples.js';
import type { Knowledge } from '../../../src/knowledge/schema.js';
import { sharedIndex } from '../../fakes/core-advisor.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = (await sharedIndex()).knowledge;
});

const count = (k: Knowledge, part: 'entries' | 'outOfScope'): number => k[part].reduce((n, f) => n + f.examples.length, 0);

describe('GIVEN the shipped knowledge thinned for a learning curve', () => {
  it('WHEN half the in-scope examples are kept THEN about half remain, out of scope and titles stay whole', () => {
    const thin = thinExamples(knowledge, 0.5, 1);
    expect(count(thin, 'entries') / count(knowledge, 'entries')).toBeGreaterThan(0.4);
    expect(count(thin, 'entries') / count(knowledge, 'entries')).toBeLessThan(0.6);
    expect(count(thin, 'outOfScope')).toBe(count(knowledge, 'outOfScope'));
    expect(thin.entries.map((e) => e.title)).toEqual(knowledge.entries.map((e) => e.title));
    expect(thin.entries[0]!.examples.every((x) => knowledge.entries[0]!.examples.includes(x))).toBe(true);
  });

  it('WHEN the same fractions are asked twice THEN the same examples are kept, and a quarter of out of scope is a subset of a half', () => {
    expect(thinExamples(knowledge, 1, 0.25)).toEqual(thinExamples(knowledge, 1, 0.25));
    const quarter = thinExamples(knowledge, 1, 0.25).outOfScope.flatMap((o) => o.examples);
    const half = new Set(thinExamples(knowledge, 1, 0.5).outOfScope.flatMap((o) => o.examples));
    expect(quarter.length).toBeGreaterThan(0);
    expect(quarter.every((x) => half.has(x))).toBe(true);
    expect(count(thinExamples(knowledge, 1, 1), 'entries')).toBe(count(knowledge, 'entries'));
  });
});
