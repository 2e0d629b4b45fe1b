import type { KnowledgeIndex, Thresholds } from '../match/knowledge-index.js';
import { decide, scoreQuestion, type Scores } from '../match/match-question.js';
import { entryVerdict } from './evaluate.js';
import { OOS_LABEL, SMALLTALK_LABEL, type LabelledQuestion } from './labelled-question.js';

export interface Calibration {
  thresholds: KnowledgeIndex['thresholds'];
  /** Share of the validation lines decided right with these thresholds. */
  accuracy: number;
  inScope: number;
  outOfScope: number;
  /** On lines labelled with their entry (or null): share addressed (right entry or honest), share answering a different question. */
  entryLevel?: { lines: number; addressed: number; different: number };
}

const ENTRY_GRID = Array.from({ length: 50 }, (_, i) => Number((i * 0.02).toFixed(2)));

/**
 * What each entry-level verdict is worth when choosing the entry threshold, as a reader would judge the reply:
 * the right entry helps; an honest "no specific answer yet" under the right pain point helps partly; the same
 * reply when an entry existed is neutral (the nearest entries are offered, but it misses); an entry that answers a
 * different question costs trust.
 */
const ENTRY_VALUE = { addressed: 1, honest: 0.5, missed: 0, declined: 0, different: -1 } as const;

/**
 * The entry threshold: below it the best entry is not trusted and the advisor says it has no specific answer
 * yet. Chosen on the lines that name their entry (or null for "none yet") to maximise `ENTRY_VALUE`.
 */
function calibrateEntry(
  scored: ReadonlyArray<{ label: string; entry: string | null | undefined; weight: number; scores: Scores }>,
  thresholds: Thresholds,
  painPointOf: (label: string) => string,
): { entry: number; entryLevel: NonNullable<Calibration['entryLevel']> } | null {
  const lines = scored.filter((x) => x.entry !== undefined && x.label !== OOS_LABEL && x.label !== SMALLTALK_LABEL);
  if (lines.length === 0) return null;
  let best = { value: -Infinity, entry: 0, addressed: 0, different: 0 };
  for (const entry of ENTRY_GRID) {
    let addressed = 0;
    let different = 0;
    let value = 0;
    for (const { label, entry: expected, weight, scores } of lines) {
      const result = decide(scores, { ...thresholds, entry });
      const reply =
        result.outcome === 'answer'
          ? { outcome: 'answer' as const, painPoint: result.candidate.painPoint, entryId: result.covered ? result.candidate.entryId : null }
          : { outcome: result.outcome, painPoint: null, entryId: null };
      const verdict = entryVerdict(expected ?? null, painPointOf(label), reply);
      value += weight * ENTRY_VALUE[verdict];
      if (verdict === 'addressed' || verdict === 'honest') addressed++;
      if (verdict === 'different') different++;
    }
    if (value > best.value) best = { value, entry, addressed, different };
  }
  return { entry: best.entry, entryLevel: { lines: lines.length, addressed: best.addressed / lines.length, different: best.different / lines.length } };
}

const ANSWER_GRID = Array.from({ length: 40 }, (_, i) => Number((0.02 + i * 0.02).toFixed(2)));
const MARGIN_GRID = [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15];

/**
 * The smallest clarify margin calibration may pick. Not 0: when two pain points are a coin toss apart, asking
 * "did you mean…" beats guessing (a product choice, not a fit). A benchmark whose protocol allows no question
 * back passes 0.
 */
export const DEFAULT_CLARIFY_FLOOR = 0.02;

/**
 * Picks the answer threshold and clarify margin that decide the most validation lines right (an answer with
 * the right pain point, a fallback for `oos`, smalltalk for `smalltalk`; a clarify offering the right pain
 * point counts half). `painPointOf` maps a line's label to
 * a pain point id. Each line is scored once; the decisions are replayed over the grid.
 */
export function calibrate(
  index: KnowledgeIndex,
  items: readonly LabelledQuestion[],
  painPointOf: (label: string) => string = (l) => l,
  clarifyFloor = DEFAULT_CLARIFY_FLOOR,
): Calibration {
  const scored = items.map((item) => ({ label: item.label, entry: item.entry, weight: item.weight ?? 1, scores: scoreQuestion(index, item.text) }));
  let best: Calibration = { thresholds: index.thresholds, accuracy: -1, inScope: 0, outOfScope: 0 };
  for (const answer of ANSWER_GRID) {
    for (const clarifyMargin of MARGIN_GRID.filter((m) => m >= clarifyFloor)) {
      let right = 0;
      let inRight = 0;
      let inTotal = 0;
      let oosRight = 0;
      let oosTotal = 0;
      for (const { label, scores } of scored) {
        const result = decide(scores, { answer, clarifyMargin });
        let ok: boolean;
        if (label === OOS_LABEL) {
          ok = result.outcome === 'fallback';
          oosTotal++;
          if (ok) oosRight++;
        } else if (label === SMALLTALK_LABEL) ok = result.outcome === 'smalltalk';
        else {
          ok = result.outcome === 'answer' && result.candidate.painPoint === painPointOf(label);
          inTotal++;
          if (ok) inRight++;
        }
        if (ok) right++;
      }
      const accuracy = right / Math.max(1, scored.length);
      if (accuracy > best.accuracy + 1e-9) {
        best = {
          thresholds: { answer, clarifyMargin },
          accuracy,
          inScope: inRight / Math.max(1, inTotal),
          outOfScope: oosRight / Math.max(1, oosTotal),
        };
      }
    }
  }
  const entry = calibrateEntry(scored, best.thresholds, painPointOf);
  if (entry) return { ...best, thresholds: { ...best.thresholds, entry: entry.entry }, entryLevel: entry.entryLevel };
  return index.thresholds.entry === undefined ? best : { ...best, thresholds: { ...best.thresholds, entry: index.thresholds.entry } };
}
