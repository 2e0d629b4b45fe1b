import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DIFFERENT, calibrate, closestThreshold } from '../../src/evaluation/calibrate.js';
import { entryVerdict } from '../../src/evaluation/evaluate.js';
import type { LabelledQuestion } from '../../src/evaluation/labelled-question.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { buildIndex, type KnowledgeIndex, type Thresholds } from '../../src/match/knowledge-index.js';
import { decide, scoreQuestion } from '../../src/match/match-question.js';
import { validPackFiles, writeTempPack } from '../fakes/temp-pack.js';

// The tiny pack: billing (entries invoices, budgets) and hiring (entry interviews).
const lines: LabelledQuestion[] = [
  { text: 'how do I read the invoice', label: 'billing', entry: 'invoices' },
  { text: 'set a budget alert', label: 'billing', entry: 'budgets' },
  { text: 'how to interview a data scientist', label: 'hiring', entry: 'interviews' },
  { text: 'can I pay the cloud bill in another currency', label: 'billing', entry: null },
  { text: 'the bill for reserved capacity next year', label: 'billing', entry: null },
  { text: 'what to pay a data scientist in berlin', label: 'hiring', entry: null },
  { text: 'what is the weather', label: 'oos' },
];

/** What each entry-labelled line's reply is at the entry level with these thresholds (as calibrate replays it). */
function verdicts(index: KnowledgeIndex, labelled: readonly LabelledQuestion[], thresholds: Thresholds) {
  return labelled
    .filter((l) => l.entry !== undefined)
    .map((line) => {
      const r = decide(scoreQuestion(index, line.text), thresholds);
      const reply = r.outcome === 'answer'
        ? { outcome: r.outcome, painPoint: r.candidate.painPoint, entryId: r.covered ? r.candidate.entryId : null }
        : { outcome: r.outcome, painPoint: null, entryId: null };
      return entryVerdict(line.entry ?? null, line.label, reply);
    });
}

/** The value calibrate gives an entry threshold: right 1, honest 0.5, missed 0, different −1. */
const value = (index: KnowledgeIndex, thresholds: Thresholds): number =>
  verdicts(index, lines, thresholds).reduce((v, verdict) => v + { addressed: 1, honest: 0.5, missed: 0, declined: 0, different: -1 }[verdict], 0);

/** The share of lines whose reply answers a different question. */
const differentAt = (index: KnowledgeIndex, labelled: readonly LabelledQuestion[], thresholds: Thresholds): number =>
  verdicts(index, labelled, thresholds).filter((v) => v === 'different').length / labelled.length;

describe('calibrate: the entry threshold', () => {
  const pack = writeTempPack(validPackFiles());
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = buildIndex(await loadKnowledge(pack.dir));
  });
  afterAll(() => pack.remove());

  it('GIVEN lines labelled with their entry or none THEN the chosen threshold scores at least as well as none at all, and the figures are reported', () => {
    const result = calibrate(index, lines);
    expect(result.thresholds.entry).toBeDefined();
    expect(result.entryLevel?.lines).toBe(6);
    expect(value(index, result.thresholds)).toBeGreaterThanOrEqual(value(index, { ...result.thresholds, entry: 0 }));
    for (const entry of [0, 0.2, 0.5, 0.9]) expect(value(index, result.thresholds)).toBeGreaterThanOrEqual(value(index, { ...result.thresholds, entry }));
  });

  it('GIVEN lines without entry labels THEN the pack keeps its entry threshold', () => {
    const plain = lines.map(({ entry: _entry, ...rest }) => rest);
    expect(calibrate(index, plain).thresholds.entry).toBeUndefined();
    const withOwn = { ...index, thresholds: { ...index.thresholds, entry: 0.42 } };
    expect(calibrate(withOwn, plain).thresholds.entry).toBe(0.42);
  });

  it.each([
    { name: 'the usual lines', relabel: (l: LabelledQuestion) => l },
    { name: 'lines that all expect "no entry yet"', relabel: (l: LabelledQuestion) => ({ ...l, entry: null }) },
  ])('GIVEN $name THEN the entry threshold keeps answers to a different question within MAX_DIFFERENT, or as few as any threshold can', ({ relabel }) => {
    const labelled = lines.filter((l) => l.label !== 'oos').map(relabel);
    const result = calibrate(index, labelled);
    const chosen = differentAt(index, labelled, result.thresholds);
    expect(result.entryLevel?.different).toBeCloseTo(chosen, 9);
    const fewest = Math.min(...[0, 0.5, 0.9, 0.98].map((entry) => differentAt(index, labelled, { ...result.thresholds, entry })));
    expect(chosen).toBeLessThanOrEqual(Math.max(MAX_DIFFERENT, fewest));
  });
});

describe('closestThreshold: from where the best entry is shown as the nearest answer', () => {
  const shown = (confidence: number, right: boolean) => ({ confidence, right });

  // n answers at a confidence, the first `right` of them with the right best entry.
  const at = (confidence: number, n: number, right: number) => Array.from({ length: n }, (_, i) => shown(confidence, i < right));

  it('GIVEN a best entry right more often the surer it is THEN from the lowest band where it is right nine times in ten', () => {
    // Bands of 0.1: [0.6, 0.7) 10 of 10 right, [0.4, 0.5) 9 of 10, [0.3, 0.4) 7 of 10 (right most of the time, not enough).
    const lines = [...at(0.65, 10, 10), ...at(0.45, 10, 9), ...at(0.35, 10, 7)];
    const closest = closestThreshold(lines, 0.72)!;
    expect(closest).toBeGreaterThan(0.35);
    expect(closest).toBeLessThanOrEqual(0.45);
  });

  it('GIVEN a low band that is wrong THEN its lines do not count, however right the surer bands are', () => {
    // The window [0.3, 0.72) is 28 of 30 right (93%), but its band [0.3, 0.4) only 8 of 10: the band decides.
    const lines = [...at(0.65, 10, 10), ...at(0.45, 10, 10), ...at(0.35, 10, 8)];
    expect(closestThreshold(lines, 0.72)).toBeGreaterThan(0.35);
  });

  it('GIVEN a band too thin to tell THEN it does not stop the search; GIVEN a wrong band above THEN nothing below it counts', () => {
    // Nothing wrong below: the full nearest answer is shown down to the lowest confidence.
    expect(closestThreshold([...at(0.65, 10, 9), ...at(0.45, 2, 0), ...at(0.35, 10, 10)], 0.72)).toBe(0);
    expect(closestThreshold([...at(0.65, 10, 7), ...at(0.45, 10, 10)], 0.72)).toBeUndefined();
  });

  it('GIVEN too few uncovered answers, or a best entry that is mostly wrong THEN no closest threshold', () => {
    expect(closestThreshold([shown(0.5, true), shown(0.6, true)], 0.88)).toBeUndefined();
    expect(closestThreshold(Array.from({ length: 30 }, (_, i) => shown(0.8 - 0.02 * i, i % 3 === 0)), 0.88)).toBeUndefined();
  });

  it('GIVEN only a sliver under the entry threshold right nine times in ten THEN no closest threshold (a window narrower than one band)', () => {
    // [0.72, 0.74): 6 of 6 right; [0.62, 0.72): 7 of 10.
    expect(closestThreshold([...at(0.73, 6, 6), ...at(0.67, 10, 7)], 0.74)).toBeUndefined();
    // The same lines a full band wide are enough: [0.64, 0.74) 16 of 16.
    expect(closestThreshold([...at(0.73, 6, 6), ...at(0.67, 10, 10)], 0.74)).toBeLessThanOrEqual(0.64);
  });

  it('GIVEN answers at or above the entry threshold THEN they do not count (they are covered, not shown as nearest)', () => {
    const lines = [...Array.from({ length: 6 }, () => shown(0.9, true)), shown(0.5, false), shown(0.4, false)];
    expect(closestThreshold(lines, 0.88)).toBeUndefined();
  });
});

describe('entryVerdict', () => {
  const answer = (painPoint: string, entryId: string | null) => ({ outcome: 'answer' as const, painPoint, entryId });
  it.each([
    { expected: 'a', reply: answer('p', 'a'), verdict: 'addressed' },
    { expected: 'a', reply: answer('p', 'b'), verdict: 'different' },
    { expected: null, reply: answer('p', 'b'), verdict: 'different' },
    { expected: null, reply: answer('p', null), verdict: 'honest' },
    { expected: 'a', reply: answer('p', null), verdict: 'missed' },
    { expected: null, reply: answer('q', null), verdict: 'declined' },
    { expected: 'a', reply: { outcome: 'fallback' as const, painPoint: null, entryId: null }, verdict: 'declined' },
  ])('GIVEN $expected and a reply $reply.outcome/$reply.entryId THEN $verdict', ({ expected, reply, verdict }) => {
    expect(entryVerdict(expected, 'p', reply)).toBe(verdict);
  });
});
