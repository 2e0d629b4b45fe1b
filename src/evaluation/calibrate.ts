import type { KnowledgeIndex, Thresholds } from '../match/knowledge-index.js';
import { decide, scoreQuestion, type Scores } from '../match/match-question.js';
import { entryVerdict } from './evaluate.js';
import { OOS_LABEL, SMALLTALK_LABEL, type LabelledQuestion } from './labelled-question.js';
import { DEFAULT_OBJECTIVE, objectiveScore, type Objective } from './calibration-objective.js';

export interface Calibration {
  thresholds: KnowledgeIndex['thresholds'];
  /** Share of the validation lines decided right with these thresholds. */
  accuracy: number;
  inScope: number;
  outOfScope: number;
  /** On lines labelled with their entry (or null): share addressed (right entry or honest), share answering a different question. */
  entryLevel?: { lines: number; addressed: number; different: number };
  /** What was maximised, and whether "did you mean…" was allowed. */
  objective: Objective;
  clarify: boolean;
  /** How many validation lines (in scope and out of scope) it was chosen on. */
  lines: { inScope: number; outOfScope: number };
}

export interface CalibrateOptions {
  /** The smallest clarify margin to consider (default `DEFAULT_CLARIFY_FLOOR`). */
  clarifyFloor?: number;
  /** False: one answer per question, never a "did you mean…" (the clarify margin is 0). Default true. */
  clarify?: boolean;
  objective?: Objective;
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
 * Picks the answer threshold and clarify margin that score best under the objective (default: the most
 * validation lines decided right). A line is right when it gets an answer with the right pain point, a fallback
 * for `oos`, smalltalk for `smalltalk`. `painPointOf` maps a line's label to a pain point id. Each line is scored
 * once; the decisions are replayed over the grid.
 */
export function calibrate(
  index: KnowledgeIndex,
  items: readonly LabelledQuestion[],
  painPointOf: (label: string) => string = (l) => l,
  options: CalibrateOptions = {},
): Calibration {
  const objective = options.objective ?? DEFAULT_OBJECTIVE;
  const clarify = options.clarify ?? true;
  const floor = options.clarifyFloor ?? DEFAULT_CLARIFY_FLOOR;
  const margins = clarify ? MARGIN_GRID.filter((m) => m >= floor) : [0];
  const scored = items.map((item) => ({ label: item.label, entry: item.entry, weight: item.weight ?? 1, scores: scoreQuestion(index, item.text) }));
  const oosTotal = scored.filter((x) => x.label === OOS_LABEL).length;
  const inTotal = scored.filter((x) => x.label !== OOS_LABEL && x.label !== SMALLTALK_LABEL).length;
  const lines = { inScope: inTotal, outOfScope: oosTotal };
  let best: Calibration = { thresholds: index.thresholds, accuracy: -1, inScope: 0, outOfScope: 0, objective, clarify, lines };
  let bestScore = -Infinity;
  for (const answer of ANSWER_GRID) {
    for (const clarifyMargin of margins) {
      let right = 0;
      let inRight = 0;
      let oosRight = 0;
      for (const { label, scores } of scored) {
        const result = decide(scores, { answer, clarifyMargin });
        let ok: boolean;
        if (label === OOS_LABEL) {
          ok = result.outcome === 'fallback';
          if (ok) oosRight++;
        } else if (label === SMALLTALK_LABEL) ok = result.outcome === 'smalltalk';
        else {
          ok = result.outcome === 'answer' && result.candidate.painPoint === painPointOf(label);
          if (ok) inRight++;
        }
        if (ok) right++;
      }
      const point = { accuracy: right / Math.max(1, scored.length), inScope: inRight / Math.max(1, inTotal), outOfScope: oosRight / Math.max(1, oosTotal) };
      const score = objectiveScore(objective, point);
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = { thresholds: { answer, clarifyMargin }, ...point, objective, clarify, lines };
      }
    }
  }
  const entry = calibrateEntry(scored, best.thresholds, painPointOf);
  if (entry) return { ...best, thresholds: { ...best.thresholds, entry: entry.entry }, entryLevel: entry.entryLevel };
  return index.thresholds.entry === undefined ? best : { ...best, thresholds: { ...best.thresholds, entry: index.thresholds.entry } };
}
