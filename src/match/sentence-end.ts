/** Where a sentence of a question ends: `.`, `!`, `?` or a line break, followed by space (dots in `ml.t2` or `0.5` stay). */
export const SENTENCE_END = /(?<=[.!?])\s+|\n+/;
