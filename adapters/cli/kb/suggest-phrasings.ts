import type { Phrasing } from '../../../src/knowledge/near-duplicates.js';
import type { Entry } from '../../../src/knowledge/schema.js';
import { groupBySimilarity, oneLine, wordingsByFrequency } from '../../report/cluster-questions.js';
import type { ConfirmedQuestion } from './suggest-confirmed.js';
import { phrasingEvidence, type PhrasingEvidence } from './suggest-evidence.js';
import { exampleText } from './suggest-example-text.js';
import { nearHits, type NearHit } from './suggest-near.js';

/**
 * A wording of a shown group that is not suggested, and why: `covered` by one of the entry's examples, a `repeat`
 * of a phrasing suggested above, or a near-duplicate of an example of an `other-entry` (`kb check` would warn).
 */
export interface SetAside {
  text: string;
  because: 'covered' | 'repeat' | 'other-entry';
  /** The example it is close to (for `covered` and `other-entry`). */
  example?: { entryId: string; field: string; text: string };
}

/** One group of similar confirmed questions on an entry, from at least the minimum number of people. */
export interface PhrasingGroup {
  evidence: PhrasingEvidence;
  /** New examples, most asked first. */
  phrasings: string[];
  /** Wordings already covered by an example, or too close to another entry's. */
  setAside: SetAside[];
  /** Wordings that cannot be examples (code, a link, a mention, too long…): counted, never shown. */
  unfit: number;
  /** Wordings left out beyond `maxPerGroup`. */
  more: number;
}

/** The new phrasings for one entry: one hunk of the patch. */
export interface EntrySuggestion {
  entryId: string;
  /** The entry's file, as the knowledge was loaded. */
  file: string;
  groups: PhrasingGroup[];
}

export interface PhrasingSuggestions {
  suggestions: EntrySuggestion[];
  /** Groups from enough people that add nothing (every wording covered or set aside), per entry. */
  covered: Array<{ entryId: string; group: PhrasingGroup }>;
  /** Groups from fewer people than the minimum: counted only. */
  hidden: { groups: number; questions: number };
  /** Confirmed questions on an entry the knowledge no longer has. */
  unknownEntry: number;
}

export interface PhrasingOptions {
  /** The fewest distinct people behind a group before its words may appear (`GAP_MIN_PEOPLE`). */
  minPeople: number;
  /** The most new phrasings one group adds (default 3). */
  maxPerGroup?: number;
}

const example = (p: Phrasing) => ({ entryId: p.owner, field: p.field, text: p.text });

/** A shown group before its wordings are weighed: each fit wording with its index among all candidates. */
interface PendingGroup {
  entryId: string;
  evidence: PhrasingEvidence;
  wordings: Array<{ text: string; candidate: number }>;
  unfit: number;
}

/** Why a candidate (its near-duplicates in `hits`) should not go to `entryId`, given the ones accepted for it; null: add it. */
function setAside(text: string, hits: readonly NearHit[], entryId: string, accepted: ReadonlySet<number>): SetAside | null {
  const examples = hits.flatMap((h) => ('example' in h ? [h.example] : []));
  const own = examples.find((p) => p.owner === entryId);
  if (own) return { text, because: 'covered', example: example(own) };
  if (hits.some((h) => 'candidate' in h && accepted.has(h.candidate))) return { text, because: 'repeat' };
  const other = examples[0];
  return other ? { text, because: 'other-entry', example: example(other) } : null;
}

/** The shown groups of one entry's confirmed questions, most people first; groups below `minPeople` only counted. */
function pendingGroups(entryId: string, questions: readonly ConfirmedQuestion[], minPeople: number, candidates: string[], hidden: PhrasingSuggestions['hidden']): PendingGroup[] {
  const groups = groupBySimilarity(questions, (q) => oneLine(q.text))
    .map((g) => ({ g, evidence: phrasingEvidence(g) }))
    .sort((a, b) => b.evidence.people - a.evidence.people);
  return groups.flatMap(({ g, evidence }) => {
    if (evidence.people < minPeople) {
      hidden.groups++;
      hidden.questions += g.length;
      return [];
    }
    const texts = wordingsByFrequency(g.map((q) => oneLine(q.text))).map(exampleText);
    const wordings = texts.flatMap((text) => (text === null ? [] : [{ text, candidate: candidates.push(text) - 1 }]));
    return [{ entryId, evidence, wordings, unfit: texts.length - wordings.length }];
  });
}

/**
 * New example phrasings per entry: its confirmed questions grouped by similar wording (`groupBySimilarity`); a group
 * counts only when `minPeople` different people asked in it (privacy: fewer, and only its size is told). Its
 * wordings become phrasings unless they cannot be examples, are already covered by one of the entry's examples (or
 * another new phrasing), or are near-duplicates of another entry's example.
 */
export function phrasingSuggestions(confirmed: readonly ConfirmedQuestion[], entries: readonly Entry[], options: PhrasingOptions): PhrasingSuggestions {
  const max = options.maxPerGroup ?? 3;
  const result: PhrasingSuggestions = { suggestions: [], covered: [], hidden: { groups: 0, questions: 0 }, unknownEntry: 0 };
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byEntry = new Map<string, ConfirmedQuestion[]>();
  for (const q of confirmed) byEntry.set(q.entryId, [...(byEntry.get(q.entryId) ?? []), q]);
  const candidates: string[] = [];
  const pending: PendingGroup[][] = [];
  for (const [entryId, questions] of byEntry) {
    if (byId.has(entryId)) pending.push(pendingGroups(entryId, questions, options.minPeople, candidates, result.hidden));
    else result.unknownEntry += questions.length;
  }
  const examples: Phrasing[] = entries.flatMap((e) => e.examples.map((text, i) => ({ owner: e.id, field: `examples.${i}`, text })));
  const hits = nearHits(candidates, examples);
  for (const groups of pending) {
    const accepted = new Set<number>();
    const shown: PhrasingGroup[] = [];
    for (const { entryId, evidence, wordings, unfit } of groups) {
      const group: PhrasingGroup = { evidence, phrasings: [], setAside: [], unfit, more: 0 };
      for (const { text, candidate } of wordings) {
        const aside = setAside(text, hits[candidate] ?? [], entryId, accepted);
        if (aside) group.setAside.push(aside);
        else if (group.phrasings.length >= max) group.more++;
        else {
          group.phrasings.push(text);
          accepted.add(candidate);
        }
      }
      if (group.phrasings.length) shown.push(group);
      else result.covered.push({ entryId, group });
    }
    const entry = byId.get(groups[0]?.entryId ?? '');
    if (entry && shown.length) result.suggestions.push({ entryId: entry.id, file: entry.file, groups: shown });
  }
  const top = (s: EntrySuggestion) => Math.max(...s.groups.map((g) => g.evidence.people));
  result.suggestions.sort((a, b) => top(b) - top(a) || a.entryId.localeCompare(b.entryId));
  return result;
}
