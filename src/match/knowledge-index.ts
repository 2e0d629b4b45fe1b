import type { Entry, Knowledge, PainPoint } from '../knowledge/schema.js';

/** The knowledge plus everything the matcher derives from it, built once at start-up. */
export interface KnowledgeIndex {
  knowledge: Knowledge;
  painPoints: Map<string, PainPoint>;
  entries: Map<string, Entry>;
}

export function buildIndex(knowledge: Knowledge): KnowledgeIndex {
  return {
    knowledge,
    painPoints: new Map(knowledge.painPoints.map((p) => [p.id, p])),
    entries: new Map(knowledge.entries.map((e) => [e.id, e])),
  };
}
