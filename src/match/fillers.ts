/**
 * The fillers of speech ("um", "uh", "you know", "I mean", "yeah so"), as in a question asked on a call or a podcast
 * and typed up or captioned. They are not topic words, and the spelling corrector reads a word it does not know as
 * the nearest one it does: real-dev spoken (`ml-advisor eval --set test/eval/real-dev.jsonl --spoken`, read as
 * written: lower case, no punctuation, a filler after one word in six) answered 81 lines with the right entry as 73.
 */
const FILLERS =
  /(?<![\p{L}\p{N}])(?:u+m+|u+h+|u+h+m+|e+r+m+|h+m+|mm+|(?<!\b(?:do|did|does|would|could|will|if|as|what|how) )you know|i mean|yeah|yep|okay so|ok so)(?![\p{L}\p{N}])[ \t]*,?/giu;

/** Less than this left is not a question of its own: the text stays as it was. */
const MIN_LEFT = 10;

/** The text without the fillers of speech. */
export function withoutFillers(text: string): string {
  const left = text.replace(FILLERS, ' ');
  if (left === text) return text;
  const tidy = left.replace(/[ \t]{2,}/g, ' ').trim();
  return tidy.length >= MIN_LEFT ? tidy : text;
}
