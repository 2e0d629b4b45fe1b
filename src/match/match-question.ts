import { decodeLabel, type ClassLabel } from './class-label.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import type { TextClassifier } from './text-classifier.js';

export interface Candidate {
  painPoint: string;
  /** The pain point's probability: the topic and entry classifiers' joint estimate with the nearest examples' votes (see `blendPainPoints`). */
  score: number;
  /** The best entry of that pain point, or null when its overview fits best. */
  entryId: string | null;
  /**
   * How clearly that best choice stands out within its pain point: its share of the pain point's entry
   * probability (1 when the pain point has a single entry). Low means no entry addresses the question.
   */
  entryScore: number;
  /**
   * The entry classifier's own probability for that best entry, over all entries of all pain points (0 when the
   * pain point has no choice of entries): a view of the entry that does not depend on the pain-point split.
   */
  entryProbability?: number;
  /**
   * The entries nearest the question, offered when none fits (at most three): the likeliest over the whole guide,
   * whatever their pain point. On real-dev's 281 entry-labelled "no specific answer yet" lines (pack of 1bf1540), the
   * expected entry was among the three for 216, against 207 when the pain point's own likeliest alternated with the
   * guide's (14 lines one way, 5 the other); two readers of 70 changed replies preferred them 18 : 13 and 18 : 12
   * (39 / 40 the same), helpful or partly 63 → 65 and 62 → 64. It did not carry over to real-eval (reported, not tuned
   * on): 202 against 209 of 290. (Before the guide had ~190 entries, alternating won on real-dev: 183 against 164 for
   * the pain point's own alone.)
   */
  nearest: string[];
}

export type MatchResult =
  /**
   * `covered` is false when the pain point is clear but no entry addresses the question (a knowledge gap).
   * `entryConfidence` is how sure the advisor is that the candidate's best entry answers it (see `entryConfidence`).
   */
  | { outcome: 'answer'; candidate: Candidate; confidence: number; covered: boolean; entryConfidence: number }
  | { outcome: 'clarify'; candidates: Candidate[]; confidence: number }
  | { outcome: 'smalltalk'; intent: string; confidence: number }
  | { outcome: 'fallback'; confidence: number; candidates: Candidate[] };

export interface Scores {
  /** Pain points by probability, highest first, each with its best entry. */
  ranked: Candidate[];
  smalltalk: number;
  smalltalkIntent: string | null;
  outOfScope: number;
}

/** How many pain points are kept in a score: enough for a clarify question. */
const KEEP = 5;

/**
 * How much a second opinion on the pain point weighs against the first, as a geometric weighting. The entry
 * classifier (its probability summed per pain point) is as good a judge as the topic classifier: the two
 * weigh the same. The nearest examples' votes move the result a little.
 */
export const ENTRY_MODEL_WEIGHT = 0.5;
export const NEIGHBOUR_WEIGHT = 0.25;

/**
 * How much the nearest examples' view of in or out of scope weighs against the topic classifier's, as a geometric
 * weighting. The topic classifier learns the kinds of out of scope against six pain points: a long, chatty question
 * whose words spread over several pain points leans out of scope by that alone, while the nearest phrasings may
 * all be in scope (or all out of it).
 */
export const NEIGHBOUR_SCOPE_WEIGHT = 0.25;

/**
 * Pain-point scores blended with another opinion: score^(1−w) × other^w, renormalised within the same in-scope
 * mass (smalltalk and out of scope, which only the topic classifier knows about, are untouched). Where both
 * agree little changes; where the first hesitates between two pain points and the other is clear ("how do we
 * use RAG with our docs?": choosing an approach, or building it?), the other decides.
 */
export function blendPainPoints(scores: Map<string, number>, other: Map<string, number>, weight: number): Map<string, number> {
  const inScope = [...scores.values()].reduce((sum, p) => sum + p, 0);
  const out = new Map<string, number>();
  let total = 0;
  for (const [painPoint, p] of scores) {
    const w = p ** (1 - weight) * (other.get(painPoint) ?? 0) ** weight;
    out.set(painPoint, w);
    total += w;
  }
  if (total <= 0) return scores;
  for (const [painPoint, w] of out) out.set(painPoint, (inScope * w) / total);
  return out;
}

/**
 * The in-scope and out-of-scope masses moved towards another opinion (`other`: its probability of out of scope):
 * out^(1−w) × other^w against in^(1−w) × (1 − other)^w, renormalised within the same total. The pain points keep
 * their proportions; smalltalk is untouched.
 */
export function blendOutOfScope(
  painPoints: Map<string, number>,
  outOfScope: number,
  other: number,
  weight: number,
): { painPoints: Map<string, number>; outOfScope: number } {
  const inScope = [...painPoints.values()].reduce((sum, p) => sum + p, 0);
  const mass = inScope + outOfScope;
  const out = outOfScope ** (1 - weight) * other ** weight;
  const inside = inScope ** (1 - weight) * (1 - other) ** weight;
  if (!(out + inside > 0) || inScope <= 0) return { painPoints, outOfScope };
  const newIn = (mass * inside) / (out + inside);
  const scale = newIn / inScope;
  return { painPoints: new Map([...painPoints].map(([p, v]) => [p, v * scale])), outOfScope: mass - newIn };
}

/** The entry classifier's probability summed per pain point (its entries and its overview). */
function entryMassByPainPoint(index: KnowledgeIndex, classifier: TextClassifier, probs: Float64Array): Map<string, number> {
  const mass = new Map<string, number>();
  for (const [painPoint, group] of entryGroups(index, classifier)) {
    let sum = 0;
    for (const { column } of group) sum += probs[column] ?? 0;
    mass.set(painPoint, sum);
  }
  return mass;
}

/** Pain points by the two models' joint probability, smalltalk and out of scope; the best entry per pain point. */
export function scoreQuestion(index: KnowledgeIndex, text: string): Scores {
  const x = index.featurizer.transform(text);
  const topics = index.topicClassifier.predictVector(x);
  const s: Scores = { ranked: [], smalltalk: 0, smalltalkIntent: null, outOfScope: 0 };
  let smalltalkBest = 0;
  const painPoints = new Map<string, number>();
  decodedLabels(index.topicClassifier).forEach((label, i) => {
    const p = topics[i] ?? 0;
    if (label.kind === 'out-of-scope') s.outOfScope += p;
    else if (label.kind === 'smalltalk') {
      s.smalltalk += p;
      if (p > smalltalkBest) [smalltalkBest, s.smalltalkIntent] = [p, label.id];
    } else if (label.kind === 'pain-point') painPoints.set(label.id, (painPoints.get(label.id) ?? 0) + p);
  });
  const entryProbs = index.entryClassifier ? index.entryClassifier.predictVector(x) : null;
  const models =
    index.entryClassifier && entryProbs
      ? blendPainPoints(painPoints, entryMassByPainPoint(index, index.entryClassifier, entryProbs), ENTRY_MODEL_WEIGHT)
      : painPoints;
  let joint = models;
  if (index.neighbours) {
    const opinion = index.neighbours.opinion(index.featurizer.wordsAndPairs(x), models.keys());
    const scoped = blendOutOfScope(blendPainPoints(models, opinion.votes, NEIGHBOUR_WEIGHT), s.outOfScope, opinion.outOfScope, NEIGHBOUR_SCOPE_WEIGHT);
    joint = scoped.painPoints;
    s.outOfScope = scoped.outOfScope;
  }
  s.ranked = [...joint]
    .sort((a, b) => b[1] - a[1])
    .slice(0, KEEP)
    .map(([painPoint, score]) => {
      const only = index.onlyEntry.get(painPoint);
      return { painPoint, score, entryId: only ?? null, entryScore: 1, nearest: only ? [only] : [] };
    });
  if (index.entryClassifier && entryProbs) {
    rankEntries(index, index.entryClassifier, entryProbs, s.ranked);
    const across = topEntries(index, index.entryClassifier, entryProbs);
    for (const candidate of s.ranked) candidate.nearest = across;
  }
  return s;
}

/** The entries the entry classifier finds likeliest over the whole guide, whatever their pain point (at most three). */
function topEntries(index: KnowledgeIndex, classifier: TextClassifier, probs: Float64Array): string[] {
  const top = new TopEntries();
  for (const group of entryGroups(index, classifier).values()) {
    for (const { id, column } of group) if (id !== null) top.offer(id, probs[column] ?? 0);
  }
  return top.ids;
}

/**
 * The `NEAREST` likeliest entries seen so far, most likely first: ids and probabilities in two short lists filled
 * in place (a question offers them from every pain point and the whole guide; an object and a splice per insertion
 * were about 6 KB of the ~52 KB a question allocated, in a sampled heap profile).
 */
class TopEntries {
  readonly ids: string[] = [];
  private readonly ps: number[] = [];

  /** Inserts an entry, dropping the least likely past `NEAREST`; ties keep the earlier one first. */
  offer(id: string, p: number): void {
    let at = this.ids.length;
    while (at > 0 && this.ps[at - 1]! < p) at--;
    if (at >= NEAREST) return;
    const last = Math.min(this.ids.length, NEAREST - 1);
    for (let k = last; k > at; k--) {
      this.ids[k] = this.ids[k - 1]!;
      this.ps[k] = this.ps[k - 1]!;
    }
    this.ids[at] = id;
    this.ps[at] = p;
  }
}

/** Per classifier: its labels decoded, once rather than per question. */
const decodedOf = new WeakMap<TextClassifier, ClassLabel[]>();

function decodedLabels(classifier: TextClassifier): ClassLabel[] {
  let decoded = decodedOf.get(classifier);
  if (!decoded) decodedOf.set(classifier, (decoded = classifier.labels.map(decodeLabel)));
  return decoded;
}

/** Per classifier: each pain point's labels (entries, and its overview as null) with their column. */
const groupsOf = new WeakMap<TextClassifier, Map<string, Array<{ id: string | null; column: number }>>>();

/** The entry classifier's labels grouped by pain point, worked out once per index rather than per question. */
function entryGroups(index: KnowledgeIndex, classifier: TextClassifier): Map<string, Array<{ id: string | null; column: number }>> {
  let groups = groupsOf.get(classifier);
  if (groups) return groups;
  groups = new Map();
  classifier.labels.forEach((name, column) => {
    const label = decodeLabel(name);
    const painPoint = label.kind === 'pain-point' ? label.id : label.kind === 'entry' ? index.entries.get(label.id)?.painPoint : undefined;
    if (!painPoint) return;
    const list = groups!.get(painPoint) ?? [];
    groups!.set(painPoint, list);
    list.push({ id: label.kind === 'entry' ? label.id : null, column });
  });
  groupsOf.set(classifier, groups);
  return groups;
}

/** How many nearest entries a candidate offers when none fits. */
const NEAREST = 3;

/** Fills each candidate's best entry and its share of the pain point. */
function rankEntries(index: KnowledgeIndex, classifier: TextClassifier, probs: Float64Array, ranked: Candidate[]): void {
  const groups = entryGroups(index, classifier);
  for (const candidate of ranked) {
    const group = groups.get(candidate.painPoint);
    if (!group?.length || index.onlyEntry.has(candidate.painPoint)) continue;
    // One pass: the group's total and its best label (an entry or the overview).
    let total = 0;
    let overview = 0;
    let best = group[0]!;
    let bestP = -1;
    for (const item of group) {
      const p = probs[item.column] ?? 0;
      total += p;
      if (item.id === null) overview = p;
      if (p > bestP) [best, bestP] = [item, p];
    }
    candidate.entryId = best.id;
    // An entry's rivals are the other entries: the overview leaning the same way is no doubt about the topic.
    const rivals = best.id === null ? total : total - overview;
    candidate.entryScore = rivals > 0 ? bestP / rivals : 0;
    candidate.entryProbability = best.id === null ? 0 : bestP;
  }
}

export function matchQuestion(index: KnowledgeIndex, text: string): MatchResult {
  return decide(scoreQuestion(index, text), index.thresholds);
}

/**
 * How sure the advisor is that the best entry answers the question: the entry's share of its pain point, times
 * the square root of the pain point's share of the ranked pain points, or the entry classifier's own probability
 * for the entry when that is higher. A coin toss between entries is not trusted; a pain point that competes with
 * another lowers trust, but less than the entry's own doubt does, and not at all when the entry classifier is
 * sure of the entry (a question on RAG may lean half to choosing an approach and still be exactly what the RAG
 * entry answers). Doubt between in and out of scope is the answer threshold's business, not the entry's.
 */
export function entryConfidence(candidate: Candidate, ranked: readonly Candidate[]): number {
  const mass = ranked.reduce((sum, c) => sum + c.score, 0);
  const painPoint = mass > 0 ? Math.sqrt(candidate.score / mass) : 0;
  return Math.max(painPoint, candidate.entryProbability ?? 0) * candidate.entryScore;
}

/**
 * How sure the entry classifier must be of one entry, over all entries, to answer a question the pain-point
 * decision would decline or ask about. A question on LLMs spreads its weight over several pain points ("tricks for
 * a better RAG?" leans a little to each), so no single one beats the out-of-scope share, while the entry
 * classifier may still be clear which entry it asks. Measured on real-dev over three training seeds: 5 more
 * in-scope lines answered under the right pain point (389), none more out of scope answered.
 */
export const RESCUE_ENTRY = 0.4;

/** The decision alone, for a given set of thresholds (calibration replays it over many). */
export function decide(s: Scores, thresholds: KnowledgeIndex['thresholds']): MatchResult {
  const first = painPointDecision(s, thresholds);
  if (first.outcome !== 'fallback' && first.outcome !== 'clarify') return first;
  const rescued = sureEntry(s);
  if (!rescued) return first;
  const sure = entryConfidence(rescued, s.ranked);
  return { outcome: 'answer', candidate: rescued, confidence: rescued.score, covered: sure >= (thresholds.entry ?? 0), entryConfidence: sure };
}

/**
 * The candidate whose best entry the entry classifier is sure of (at least `RESCUE_ENTRY` over all entries), when
 * the question leans in scope at all (out of scope weighs less than all pain points together); otherwise null.
 */
function sureEntry(s: Scores): Candidate | null {
  let best: Candidate | null = null;
  for (const c of s.ranked) if ((c.entryProbability ?? 0) > (best?.entryProbability ?? 0)) best = c;
  if (!best || (best.entryProbability ?? 0) < RESCUE_ENTRY) return null;
  const inScope = s.ranked.reduce((sum, c) => sum + c.score, 0);
  return s.outOfScope < inScope && s.smalltalk < inScope ? best : null;
}

/** Answer, clarify, smalltalk or fallback from the pain points' scores and the thresholds. */
function painPointDecision(s: Scores, thresholds: KnowledgeIndex['thresholds']): MatchResult {
  const ranked = s.ranked;
  const [first, second] = ranked;
  const top = first?.score ?? 0;
  const { answer, clarifyMargin } = thresholds;
  const entryFloor = thresholds.entry ?? 0;
  if (s.smalltalk > top && s.smalltalk > s.outOfScope && s.smalltalkIntent) {
    return { outcome: 'smalltalk', intent: s.smalltalkIntent, confidence: s.smalltalk };
  }
  if (!first || s.outOfScope > top * (thresholds.outOfScopeRatio ?? 1)) return { outcome: 'fallback', confidence: top, candidates: ranked.slice(0, 3) };
  const gap = top - (second?.score ?? 0);
  if (top < answer) {
    const close = ranked.filter((c) => c.score >= answer / 2);
    if (close.length >= 2 && close[0]!.score + close[1]!.score >= answer && gap < clarifyMargin) {
      return { outcome: 'clarify', candidates: close.slice(0, 3), confidence: top };
    }
    return { outcome: 'fallback', confidence: top, candidates: ranked.slice(0, 3) };
  }
  if (second && gap < clarifyMargin && top < 0.5) {
    return { outcome: 'clarify', candidates: ranked.filter((c) => c.score >= top - clarifyMargin * 2).slice(0, 3), confidence: top };
  }
  const sure = entryConfidence(first, ranked);
  return { outcome: 'answer', candidate: first, confidence: top, covered: sure >= entryFloor, entryConfidence: sure };
}
