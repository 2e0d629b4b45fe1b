import { decodeLabel } from './class-label.js';
import type { KnowledgeIndex } from './knowledge-index.js';

export interface Candidate {
  painPoint: string;
  /** The pain point's total probability. */
  score: number;
  /** The best entry of that pain point, or null when its overview fits best. */
  entryId: string | null;
}

export type MatchResult =
  | { outcome: 'answer'; candidate: Candidate; confidence: number }
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

/** The topic classifier's probabilities per pain point, smalltalk and out of scope; the best entry per pain point. */
export function scoreQuestion(index: KnowledgeIndex, text: string): Scores {
  const x = index.featurizer.transform(text);
  const topics = index.topicClassifier.predictVector(x);
  const s: Scores = { ranked: [], smalltalk: 0, smalltalkIntent: null, outOfScope: 0 };
  let smalltalkBest = 0;
  const painPoints = new Map<string, number>();
  index.topicClassifier.labels.forEach((name, i) => {
    const p = topics[i] ?? 0;
    const label = decodeLabel(name);
    if (label.kind === 'out-of-scope') s.outOfScope += p;
    else if (label.kind === 'smalltalk') {
      s.smalltalk += p;
      if (p > smalltalkBest) [smalltalkBest, s.smalltalkIntent] = [p, label.id];
    } else if (label.kind === 'pain-point') painPoints.set(label.id, (painPoints.get(label.id) ?? 0) + p);
  });
  s.ranked = [...painPoints]
    .sort((a, b) => b[1] - a[1])
    .slice(0, KEEP)
    .map(([painPoint, score]) => ({ painPoint, score, entryId: index.onlyEntry.get(painPoint) ?? null }));
  if (index.entryClassifier) {
    const best = new Map<string, number>();
    const entries = index.entryClassifier.predictVector(x);
    index.entryClassifier.labels.forEach((name, i) => {
      const p = entries[i] ?? 0;
      const label = decodeLabel(name);
      const painPoint = label.kind === 'pain-point' ? label.id : label.kind === 'entry' ? index.entries.get(label.id)?.painPoint : undefined;
      const candidate = s.ranked.find((c) => c.painPoint === painPoint);
      if (candidate && p > (best.get(candidate.painPoint) ?? -1)) {
        best.set(candidate.painPoint, p);
        candidate.entryId = label.kind === 'entry' ? label.id : null;
      }
    });
  }
  return s;
}

export function matchQuestion(index: KnowledgeIndex, text: string): MatchResult {
  return decide(scoreQuestion(index, text), index.thresholds);
}

/** The decision alone, for a given set of thresholds (calibration replays it over many). */
export function decide(s: Scores, thresholds: KnowledgeIndex['thresholds']): MatchResult {
  const ranked = s.ranked;
  const [first, second] = ranked;
  const top = first?.score ?? 0;
  const { answer, clarifyMargin } = thresholds;
  if (s.smalltalk > top && s.smalltalk > s.outOfScope && s.smalltalkIntent) {
    return { outcome: 'smalltalk', intent: s.smalltalkIntent, confidence: s.smalltalk };
  }
  if (!first || s.outOfScope > top) return { outcome: 'fallback', confidence: top, candidates: ranked.slice(0, 3) };
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
  return { outcome: 'answer', candidate: first, confidence: top };
}
