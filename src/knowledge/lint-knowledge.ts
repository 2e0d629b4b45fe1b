import type { KnowledgeIndex } from '../match/knowledge-index.js';
import { decide, scoreQuestion } from '../match/match-question.js';
import { exampleRouting } from './example-routing.js';
import { nearDuplicates } from './near-duplicates.js';
import type { Entry } from './schema.js';

export interface LintFinding {
  level: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
}

/** How old a `reviewed` date may get before the entry is flagged for another look. */
export const STALE_AFTER_DAYS = 365;

/** A file's links use http(s) and its `reviewed` date is not stale (entries and tools alike). */
function linkFindings(item: Pick<Entry, 'file' | 'links' | 'reviewed'>, now: Date): LintFinding[] {
  const findings: LintFinding[] = [];
  item.links.forEach((link, i) => {
    if (!/^https?:\/\/[^\s/]+\.[^\s]+/.test(link.url)) {
      findings.push({ level: 'error', file: item.file, field: `links.${i}.url`, message: `not an http(s) link: ${link.url}` });
    }
  });
  const ageDays = (now.getTime() - item.reviewed.getTime()) / 86_400_000;
  if (ageDays > STALE_AFTER_DAYS) {
    findings.push({ level: 'warning', file: item.file, field: 'reviewed', message: `last reviewed ${Math.floor(ageDays)} days ago` });
  }
  return findings;
}

/**
 * Checks beyond the schema: every example of an entry routes to that entry's pain point (an error when the
 * matcher answers with another pain point and its own is far behind, a warning when its own is a close second,
 * when it lands on a sibling or hesitates: `exampleRouting`), every entry
 * names at least one source, links (of entries and tools) use http(s), `reviewed` dates are not stale, and no example is a
 * near-duplicate of another entry's (a warning: the matcher cannot tell the two entries apart on it).
 */
export function lintKnowledge(index: KnowledgeIndex, now: Date): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const entry of index.knowledge.entries) {
    entry.examples.forEach((example, i) => {
      const scores = scoreQuestion(index, example);
      const routing = exampleRouting(example, entry, scores, decide(scores, index.thresholds));
      if (routing.level !== 'ok') findings.push({ level: routing.level, file: entry.file, field: `examples.${i}`, message: routing.message });
    });
    if (entry.links.length === 0 && index.knowledge.pack.requireSources) {
      findings.push({ level: 'error', file: entry.file, field: 'links', message: 'no source link: every entry names at least one official or primary source' });
    }
    findings.push(...linkFindings(entry, now));
  }
  for (const tool of index.knowledge.tools) findings.push(...linkFindings(tool, now));
  const files = new Map(index.knowledge.entries.map((e) => [e.id, e.file]));
  const phrasings = index.knowledge.entries.flatMap((e) => e.examples.map((text, i) => ({ owner: e.id, field: `examples.${i}`, text })));
  for (const { a, b, similarity } of nearDuplicates(phrasings)) {
    findings.push({
      level: 'warning',
      file: files.get(a.owner) ?? a.owner,
      field: a.field,
      message: `"${a.text}" is a near-duplicate (${Math.round(similarity * 100)}%) of ${b.owner} ${b.field}: "${b.text}"`,
    });
  }
  return findings;
}
