import type { KnowledgeProblem } from './knowledge-error.js';
import type { Knowledge } from './schema.js';
import { aliasKey } from '../match/tool-mentions.js';

/**
 * Cross-file rules: unique ids, entries point at a known pain point, `related` ids exist, and no two tools share an
 * alias (a mention must name one tool).
 */
export function checkReferences(knowledge: Knowledge): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const seen = new Map<string, string>();
  const all = [...knowledge.painPoints, ...knowledge.entries, ...knowledge.smalltalk, ...knowledge.outOfScope, ...knowledge.tools];
  for (const item of all) {
    const first = seen.get(item.id);
    if (first) problems.push({ file: item.file, field: 'id', message: `duplicate id "${item.id}" (also in ${first})` });
    else seen.set(item.id, item.file);
  }
  const painPoints = new Set(knowledge.painPoints.map((p) => p.id));
  const entries = new Set(knowledge.entries.map((e) => e.id));
  for (const entry of knowledge.entries) {
    if (!painPoints.has(entry.painPoint)) {
      problems.push({ file: entry.file, field: 'painPoint', message: `unknown pain point "${entry.painPoint}"` });
    }
    entry.related.forEach((rel, i) => {
      if (!entries.has(rel)) problems.push({ file: entry.file, field: `related.${i}`, message: `no entry has the id "${rel}"` });
    });
  }
  const aliases = new Map<string, { id: string; file: string }>();
  for (const tool of knowledge.tools) {
    tool.aliases.forEach((alias, i) => {
      const key = aliasKey(alias);
      const first = aliases.get(key);
      if (!first) aliases.set(key, { id: tool.id, file: tool.file });
      else if (first.id !== tool.id) problems.push({ file: tool.file, field: `aliases.${i}`, message: `the alias "${alias}" also names a tool in ${first.file}` });
    });
  }
  return problems;
}
