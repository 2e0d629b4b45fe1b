import { MAX_MATCH_CHARS } from './normalize.js';

/**
 * A message longer than the matcher reads (`MAX_MATCH_CHARS`) is read as its start and its end: the title and the
 * setting open a long post, and the question usually closes it. Cutting at the limit kept the start alone, so the
 * question at the end of a long post was never read.
 */
export function startAndEnd(text: string): string {
  if (text.length <= MAX_MATCH_CHARS) return text;
  const half = Math.floor((MAX_MATCH_CHARS - 1) / 2);
  return `${text.slice(0, half)}\n${text.slice(-half)}`;
}
