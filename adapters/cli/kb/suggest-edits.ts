import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { insertionDiff } from './suggest-diff.js';
import { describeEvidence } from './suggest-evidence.js';
import { insertExamples, type Insertion } from './suggest-insert.js';
import { patchPath } from './suggest-patch-path.js';
import type { EntrySuggestion } from './suggest-phrasings.js';

/** One entry's file with its suggestion written in, or why it could not be. */
export interface EntryEdit {
  suggestion: EntrySuggestion;
  /** The file's path from the patch root (`knowledge/entries/…`). */
  path: string;
  /** The file's absolute path. */
  file: string;
  insertion?: Insertion;
  problem?: string;
}

/** The comment line above a group's phrasings: the date and the evidence, never who. */
export const evidenceComment = (date: string, suggestion: EntrySuggestion['groups'][number]): string =>
  `kb suggest ${date}: ${describeEvidence(suggestion.evidence)}`;

/** Reads each suggested entry's file and places its phrasings at the end of its examples. */
export async function entryEdits(suggestions: readonly EntrySuggestion[], root: string, date: string): Promise<EntryEdit[]> {
  return Promise.all(
    suggestions.map(async (suggestion): Promise<EntryEdit> => {
      const file = path.resolve(suggestion.file);
      const where = { suggestion, file, path: patchPath(root, file) };
      const placed = insertExamples(
        await readFile(file, 'utf8'),
        suggestion.groups.map((g) => ({ comment: evidenceComment(date, g), phrasings: g.phrasings })),
      );
      return placed.ok ? { ...where, insertion: placed.insertion } : { ...where, problem: placed.problem };
    }),
  );
}

/** The reviewable patch: one hunk per entry, files in path order; empty when there is nothing to add. */
export function suggestionsPatch(edits: readonly EntryEdit[]): string {
  return [...edits]
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((e) => (e.insertion ? [insertionDiff(e.path, e.insertion)] : []))
    .join('');
}

/** Writes every placed edit into its file: the same text the patch produces. */
export async function applyEdits(edits: readonly EntryEdit[]): Promise<number> {
  const placed = edits.flatMap((e) => (e.insertion ? [{ file: e.file, text: e.insertion.after }] : []));
  await Promise.all(placed.map((e) => writeFile(e.file, e.text)));
  return placed.length;
}
