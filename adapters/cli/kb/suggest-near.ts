import { nearDuplicates, type Phrasing } from '../../../src/knowledge/near-duplicates.js';

/** What a candidate phrasing is a near-duplicate of: an example of the knowledge, or another candidate. */
export type NearHit = { example: Phrasing } | { candidate: number };

const OWNER = '\u0000candidate:';

/**
 * For each candidate, the examples and other candidates it is a near-duplicate of, by the rule `kb check` warns
 * on (`nearDuplicates`), found in one pass over them all: fast with thousands of examples and candidates.
 */
export function nearHits(candidates: readonly string[], examples: readonly Phrasing[]): NearHit[][] {
  const hits = candidates.map((): NearHit[] => []);
  const indexOf = (p: Phrasing): number | null => (p.owner.startsWith(OWNER) ? Number(p.field) : null);
  const all = [...examples, ...candidates.map((text, i) => ({ owner: `${OWNER}${i}`, field: String(i), text }))];
  for (const { a, b } of nearDuplicates(all)) {
    const [i, j] = [indexOf(a), indexOf(b)];
    if (i !== null) hits[i]?.push(j === null ? { example: b } : { candidate: j });
    if (j !== null) hits[j]?.push(i === null ? { example: a } : { candidate: i });
  }
  return hits;
}
