import { createRequire } from 'node:module';

interface Stemmer {
  stem(word: string): string;
}

// natural's package index eagerly loads database drivers (~1 s, ~150 MB); its Porter stemmer file alone is
// light. The deep path is pinned with natural's exact version and covered by test/match/stem.test.ts.
const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;

const cache = new Map<string, string>();

/** Porter stem of one lower-case word, memoised (vocabularies are small, questions repeat words). */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) && word.length > 2 ? porter.stem(word) : word;
    if (cache.size < 200_000) cache.set(word, s);
  }
  return s;
}
