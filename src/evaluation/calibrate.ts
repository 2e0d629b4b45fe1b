import type { KnowledgeIndex } from '../match/knowledge-index.js';
import { decide, scoreQuestion } from '../match/match-question.js';
import { OOS_LABEL, SMALLTALK_LABEL, type LabelledQuestion } from './labelled-question.js';

export interface Calibration {
  thresholds: KnowledgeIndex['thresholds'];
  /** Share of the validation lines decided right with these thresholds. */
  accuracy: number;
  inScope: number;
  outOfScope: number;
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
  const scored = items.map((item) => ({ label: item.label, scores: scoreQuestion(index, item.text) }));
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
  return best;
}
