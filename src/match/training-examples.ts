import type { Knowledge } from '../knowledge/schema.js';
import { encodeLabel } from './class-label.js';
import type { LabelledText } from './text-classifier.js';

/** Weights of the texts that are not questions: titles and keywords say what an entry is about. */
const TITLE_WEIGHT = 1;
const KEYWORD_WEIGHT = 0.5;

export interface TrainingSets {
  /**
   * Which pain point, smalltalk intent, or kind of out of scope (one per out-of-scope file): the decision that
   * matters most.
   */
  topics: LabelledText[];
  /** Which entry (or pain-point overview) within the pain points. */
  entries: LabelledText[];
}

/** Every labelled text the matcher learns from: examples, titles and keywords of each knowledge file. */
export function trainingExamples(knowledge: Knowledge): TrainingSets {
  const topics: LabelledText[] = [];
  const entries: LabelledText[] = [];
  const both = (text: string, topic: string, entry: string, weight = 1): void => {
    topics.push({ text, label: topic, weight });
    entries.push({ text, label: entry, weight });
  };
  for (const p of knowledge.painPoints) {
    const topic = encodeLabel({ kind: 'pain-point', id: p.id });
    both(p.customerWords, topic, topic);
    both(p.title, topic, topic, TITLE_WEIGHT);
    for (const text of p.examples) both(text, topic, topic);
  }
  for (const e of knowledge.entries) {
    const topic = encodeLabel({ kind: 'pain-point', id: e.painPoint });
    const entry = encodeLabel({ kind: 'entry', id: e.id });
    both(e.title, topic, entry, TITLE_WEIGHT);
    for (const text of e.examples) both(text, topic, entry);
    for (const text of e.keywords) both(text, topic, entry, KEYWORD_WEIGHT);
  }
  for (const s of knowledge.smalltalk) {
    const label = encodeLabel({ kind: 'smalltalk', id: s.id });
    for (const text of s.examples) topics.push({ text, label });
  }
  for (const o of knowledge.outOfScope) {
    const label = encodeLabel({ kind: 'out-of-scope', id: o.id });
    for (const text of o.examples) topics.push({ text, label });
  }
  return { topics, entries };
}
