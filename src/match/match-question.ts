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
  painPoints: Map<string, { score: number; best: string | null; bestScore: number }>;
  smalltalk: number;
  smalltalkIntent: string | null;
  smalltalkBest: number;
  outOfScope: number;
}

/** The topic classifier's probabilities per pain point, smalltalk and out of scope; the best entry per pain point. */
export function scoreQuestion(index: KnowledgeIndex, text: string): Scores {
  const s: Scores = { painPoints: new Map(), smalltalk: 0, smalltalkIntent: null, smalltalkBest: 0, outOfScope: 0 };
  for (const id of index.painPoints.keys()) s.painPoints.set(id, { score: 0, best: null, bestScore: -1 });
  const x = index.featurizer.transform(text);
  const topics = index.topicClassifier.predictVector(x);
  index.topicClassifier.labels.forEach((name, i) => {
    const p = topics[i] ?? 0;
    const label = decodeLabel(name);
    if (label.kind === 'out-of-scope') s.outOfScope += p;
    else if (label.kind === 'smalltalk') {
      s.smalltalk += p;
      if (p > s.smalltalkBest) [s.smalltalkBest, s.smalltalkIntent] = [p, label.id];
    } else if (label.kind === 'pain-point') {
      const group = s.painPoints.get(label.id);
      if (group) group.score += p;
    }
  });
  const entries = index.entryClassifier.predictVector(x);
  index.entryClassifier.labels.forEach((name, i) => {
    const p = entries[i] ?? 0;
    const label = decodeLabel(name);
    const painPoint = label.kind === 'pain-point' ? label.id : label.kind === 'entry' ? index.entries.get(label.id)?.painPoint : undefined;
    const group = painPoint ? s.painPoints.get(painPoint) : undefined;
    if (group && p > group.bestScore) [group.bestScore, group.best] = [p, label.kind === 'entry' ? label.id : null];
  });
  return s;
}

/**
 * Decides what a question is: the probabilities of entries are summed per pain point; smalltalk and out of
 * scope compete with the best pain point. Weak → fallback; two close pain points → clarify.
 */
export function matchQuestion(index: KnowledgeIndex, text: string): MatchResult {
  return decide(scoreQuestion(index, text), index.thresholds);
}

/** The decision alone, for a given set of thresholds (calibration replays it over many). */
export function decide(s: Scores, thresholds: KnowledgeIndex['thresholds']): MatchResult {
  const ranked: Candidate[] = [...s.painPoints]
    .map(([painPoint, g]) => ({ painPoint, score: g.score, entryId: g.best }))
    .sort((a, b) => b.score - a.score);
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
