/** Fewer letters than this, and a message is too short to tell its script (an emoji, "ok", a name). */
const MIN_LETTERS = 4;

/**
 * Whether a message is written mostly in a script other than Latin ("请问该模型能用于生产嘛？"): more than half of
 * its letters are not Latin. The matcher learns from English examples and splits words on spaces, so it has
 * nothing to match such a question on; saying so beats a reply that looks like an answer to something else.
 * A Latin name or term inside such a message (SageMaker, GPU) does not change that; an English question quoting
 * a few words of another language stays English.
 */
export function writtenInOtherScript(text: string): boolean {
  // Plain ASCII, nearly every message: Latin by definition, and no need to look at each character.
  if (!/[^\p{ASCII}]/u.test(text)) return false;
  let letters = 0;
  let latin = 0;
  for (const ch of text.slice(0, 4000)) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  return letters >= MIN_LETTERS && latin * 2 < letters;
}
