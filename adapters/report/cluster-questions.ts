const stopWords = new Set(
  ('a an and are as at be but by can do does for from how i if in into is it its me my of on or our should so ' +
    'that the their them there these this to us we what when where which who why will with you your').split(' '),
);

/** Lower-case word tokens without stop words, with a plural `s` dropped: "How do we label images?" → label, image. */
export function tokenSet(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? [];
  return new Set(
    words
      .filter((w) => w.length > 1 && !stopWords.has(w))
      .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)),
  );
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface QuestionGroup {
  /** The most frequent wording in the group (the first seen on a tie). */
  representative: string;
  count: number;
  /** Other distinct wordings, most frequent first. */
  variants: string[];
}

/**
 * Groups items by the similarity of their text: each joins the first group whose seed text shares at least
 * `threshold` of its tokens (Jaccard), else starts a group. Groups come in the order they were formed; items with no
 * text are left out.
 */
export function groupBySimilarity<T>(items: readonly T[], textOf: (item: T) => string, threshold = 0.4): T[][] {
  const groups: { seed: Set<string>; items: T[] }[] = [];
  for (const item of items) {
    const text = textOf(item).trim();
    if (!text) continue;
    const tokens = tokenSet(text);
    const home = groups.find((g) => (tokens.size === 0 ? false : jaccard(g.seed, tokens) >= threshold));
    if (home) home.items.push(item);
    else groups.push({ seed: tokens, items: [item] });
  }
  return groups.map((g) => g.items);
}

/** One line per text, spaces collapsed. */
export const oneLine = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** Distinct wordings, most frequent first (the first seen on a tie). */
export function wordingsByFrequency(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

/** Groups similar questions (see `groupBySimilarity`). Largest groups first, then the earliest formed. */
export function clusterQuestions(texts: readonly string[], threshold = 0.4): QuestionGroup[] {
  return groupBySimilarity(texts.map(oneLine), (t) => t, threshold)
    .map((group, order) => {
      const wordings = wordingsByFrequency(group);
      return { representative: wordings[0] ?? '', count: group.length, variants: wordings.slice(1), order };
    })
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ representative, count, variants }) => ({ representative, count, variants }));
}
