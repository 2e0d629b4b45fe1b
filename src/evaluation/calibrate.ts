import type { KnowledgeIndex, Thresholds } from '../match/knowledge-index.js';
import { decide, scoreQuestion, type Scores } from '../match/match-question.js';
import { questionText } from '../match/question-text.js';
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

/** A validation line with its scores, computed once and replayed over the threshold grids. */
export interface ScoredLine {
  label: string;
  entry: string | null | undefined;
  weight: number;
  scores: Scores;
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
 * The most replies answering a different question the entry threshold may allow on the calibration lines. The
 * product's bar is 5% on questions never seen; a threshold fitted on these lines does a little worse on new
 * ones, so it keeps a margin.
 */
export const MAX_DIFFERENT = 0.04;

/**
 * The entry threshold: below it the best entry is not trusted and the advisor says it has no specific answer
 * yet. Chosen on the lines that name their entry (or null for "none yet") to maximise `ENTRY_VALUE` with at most
 * `MAX_DIFFERENT` of them answering a different question (or as few as any threshold allows). Then the `closest`
 * threshold: the lowest confidence from which, in every band up to the entry threshold, the best entry shown as
 * "the nearest answer, to a related question" is the right one at least nine times in ten (`closestThreshold`).
 */
function calibrateEntry(
  scored: readonly ScoredLine[],
  thresholds: Thresholds,
  painPointOf: (label: string) => string,
): { entry: number; closest?: number; entryLevel: NonNullable<Calibration['entryLevel']> } | null {
  const lines = scored.filter((x) => x.entry !== undefined && x.label !== OOS_LABEL && x.label !== SMALLTALK_LABEL);
  if (lines.length === 0) return null;
  const points = ENTRY_GRID.map((entry) => entryPoint(lines, { ...thresholds, entry }, painPointOf));
  const fewest = Math.min(...points.map((p) => p.different));
  const cap = Math.max(MAX_DIFFERENT * lines.length, fewest);
  const best = points.filter((p) => p.different <= cap).reduce((a, b) => (b.value > a.value ? b : a));
  const shown: Array<{ confidence: number; right: boolean }> = [];
  for (const { label, entry: expected, scores } of lines) {
    const result = decide(scores, { ...thresholds, entry: best.entry });
    if (result.outcome !== 'answer' || result.covered || result.candidate.painPoint !== painPointOf(label)) continue;
    shown.push({ confidence: result.entryConfidence, right: result.candidate.entryId === (expected ?? null) });
  }
  const closest = closestThreshold(shown, best.entry);
  const entryLevel = { lines: lines.length, addressed: best.addressed / lines.length, different: best.different / lines.length };
  return { entry: best.entry, ...(closest === undefined ? {} : { closest }), entryLevel };
}

/** What a reader would make of the replies to the entry-labelled lines at one set of thresholds (`ENTRY_VALUE`). */
function entryPoint(lines: readonly ScoredLine[], thresholds: Thresholds, painPointOf: (label: string) => string) {
  let value = 0;
  let addressed = 0;
  let different = 0;
  for (const { label, entry: expected, weight, scores } of lines) {
    const result = decide(scores, thresholds);
    const reply =
      result.outcome === 'answer'
        ? { outcome: 'answer' as const, painPoint: result.candidate.painPoint, entryId: result.covered ? result.candidate.entryId : null }
        : { outcome: result.outcome, painPoint: null, entryId: null };
    const verdict = entryVerdict(expected ?? null, painPointOf(label), reply);
    value += weight * ENTRY_VALUE[verdict];
    if (verdict === 'addressed' || verdict === 'honest') addressed++;
    if (verdict === 'different') different++;
  }
  return { entry: thresholds.entry ?? 0, value, addressed, different };
}

/** Fewer uncovered answers than this in a band, and there is no telling how often the closest entry is right there. */
const CLOSEST_MIN_LINES = 5;

/** The width of the confidence bands in which `closestThreshold` counts how often the best entry is right. */
const CLOSEST_BAND = 0.1;

/**
 * How often the best entry must be right in a band for its whole answer to be shown there. Three reader tests on
 * real-dev, with readers told that a reply whose main content answers another question counts as "a different
 * question" even when it says so, compared the whole nearest answer with the nearest entries' openings: below 0.3
 * (the best entry right 29% of the time), 35 against 32 of 60 helpful or partly, "a different question" 25 against
 * 0; in [0.3, 0.5) (50–63% right), 44 against 42, 16 against 0; in [0.5, 0.72) (70–80% right), 43 against 39, 17
 * against 0. The whole answer is worth it only where it is nearly always right: no band of real-dev is, so the
 * shipped pack never shows one.
 */
const CLOSEST_RIGHT_SHARE = 0.9;

/**
 * The lowest grid value t below `entry` from which, in every band [t', t' + 0.1) up to the entry threshold, the
 * uncovered answers have the right entry as their best at least nine times in ten (a band with too few answers
 * to tell does not count against it); undefined when fewer than `CLOSEST_MIN_LINES` answers lie in [t, entry), or
 * when [t, entry) is narrower than one band.
 * Bands, not the whole window: a window reaching up to the entry threshold is carried by its surest answers, and
 * would show the nearest answer in full far below where it stops being right. Below the threshold the reply
 * offers the nearest entries' opening sentences instead, which readers found about as helpful there and never an
 * answer to a different question (`test/eval/README.md`).
 */
export function closestThreshold(shown: ReadonlyArray<{ confidence: number; right: boolean }>, entry: number): number | undefined {
  const fair = (t: number): boolean => {
    const band = shown.filter((s) => s.confidence >= t && s.confidence < Math.min(t + CLOSEST_BAND, entry));
    return band.length < CLOSEST_MIN_LINES || band.filter((s) => s.right).length >= CLOSEST_RIGHT_SHARE * band.length;
  };
  const grid = ENTRY_GRID.filter((x) => x < entry);
  let found: number | undefined;
  for (let i = grid.length - 1; i >= 0 && fair(grid[i]!); i--) found = grid[i];
  // A window narrower than one band is a sliver under the entry threshold: a handful of lines, nine in ten of them
  // right by luck as much as by confidence. Readers called two of the three full answers it showed "a different
  // question" (2026-12-01, band [0.72, 0.74)).
  if (found === undefined || found > entry - CLOSEST_BAND + 1e-9) return undefined;
  const from = found;
  return shown.filter((s) => s.confidence >= from && s.confidence < entry).length >= CLOSEST_MIN_LINES ? from : undefined;
}

/** The answer thresholds calibration tries, lowest first. */
export const ANSWER_GRID = Array.from({ length: 40 }, (_, i) => Number((0.02 + i * 0.02).toFixed(2)));
const MARGIN_GRID = [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15];
/**
 * The out-of-scope ratios calibration tries (see `outOfScopeRatio`), lowest first. On real-dev with 4,382 out-of-scope
 * examples (pack of a90865d), `kb calibrate` (accuracy) decided 69.3% of the lines right at ratio 1 and 70.0% at the
 * 1.5 it picked.
 */
export const RATIO_GRID = [1, 1.25, 1.5, 2];

/**
 * The smallest clarify margin calibration may pick. Not 0: when two pain points are a coin toss apart, asking
 * "did you mean…" beats guessing (a product choice, not a fit). A benchmark whose protocol allows no question
 * back passes 0.
 */
export const DEFAULT_CLARIFY_FLOOR = 0.02;

/** Each labelled line scored once, as the matcher reads it, to be decided again under any thresholds. */
export function scoreLines(index: KnowledgeIndex, items: readonly LabelledQuestion[]): ScoredLine[] {
  return items.map((item) => ({ label: item.label, entry: item.entry, weight: item.weight ?? 1, scores: scoreQuestion(index, questionText(item.text)) }));
}

/**
 * The scored lines decided under one set of thresholds: the share decided right (an answer with the right pain
 * point, a fallback for `oos`, smalltalk for `smalltalk`), in-scope lines answered under their pain point, and
 * out-of-scope lines declined.
 */
export function replay(
  scored: readonly ScoredLine[],
  thresholds: Thresholds,
  painPointOf: (label: string) => string = (l) => l,
): { accuracy: number; inScope: number; outOfScope: number } {
  let right = 0;
  let inRight = 0;
  let inTotal = 0;
  let oosRight = 0;
  let oosTotal = 0;
  for (const { label, scores } of scored) {
    const result = decide(scores, thresholds);
    let ok: boolean;
    if (label === OOS_LABEL) {
      oosTotal++;
      ok = result.outcome === 'fallback';
      if (ok) oosRight++;
    } else if (label === SMALLTALK_LABEL) ok = result.outcome === 'smalltalk';
    else {
      inTotal++;
      ok = result.outcome === 'answer' && result.candidate.painPoint === painPointOf(label);
      if (ok) inRight++;
    }
    if (ok) right++;
  }
  return { accuracy: right / Math.max(1, scored.length), inScope: inRight / Math.max(1, inTotal), outOfScope: oosRight / Math.max(1, oosTotal) };
}

/**
 * Picks the answer threshold, clarify margin and out-of-scope ratio that score best under the objective (default: the most
 * validation lines decided right), the highest such answer threshold when several score the same. A line is right
 * when it gets an answer with the right pain point, a fallback for `oos`, smalltalk for `smalltalk`. `painPointOf` maps a line's label to a pain point id. Each line is scored
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
  const scored = scoreLines(index, items);
  const lines = {
    inScope: scored.filter((x) => x.label !== OOS_LABEL && x.label !== SMALLTALK_LABEL).length,
    outOfScope: scored.filter((x) => x.label === OOS_LABEL).length,
  };
  let best: Calibration = { thresholds: index.thresholds, accuracy: -1, inScope: 0, outOfScope: 0, objective, clarify, lines };
  let bestScore = -Infinity;
  for (const outOfScopeRatio of RATIO_GRID) {
    for (const answer of ANSWER_GRID) {
      for (const clarifyMargin of margins) {
        const thresholds = { answer, clarifyMargin, ...(outOfScopeRatio > 1 ? { outOfScopeRatio } : {}) };
        const point = replay(scored, thresholds, painPointOf);
        const score = objectiveScore(objective, point);
        // On a tie the higher answer threshold wins: the same validation score with more questions declined is the
        // safer choice on questions nobody has seen (a confident answer to the wrong question costs more than "I
        // don't know"). At equal thresholds the smaller clarify margin stays. Ratios are tried lowest first, and a
        // higher one must score better: more declines are the safer tie there too.
        const sameRatio = (best.thresholds.outOfScopeRatio ?? 1) === outOfScopeRatio;
        const tie = Math.abs(score - bestScore) <= 1e-9 && sameRatio && answer > best.thresholds.answer;
        if (score > bestScore + 1e-9 || tie) {
          bestScore = score;
          best = { thresholds, ...point, objective, clarify, lines };
        }
      }
    }
  }
  const entry = calibrateEntry(scored, best.thresholds, painPointOf);
  if (entry) {
    const chosen = { ...best.thresholds, entry: entry.entry, ...(entry.closest === undefined ? {} : { closest: entry.closest }) };
    return { ...best, thresholds: chosen, entryLevel: entry.entryLevel };
  }
  return index.thresholds.entry === undefined ? best : { ...best, thresholds: { ...best.thresholds, entry: index.thresholds.entry } };
}
