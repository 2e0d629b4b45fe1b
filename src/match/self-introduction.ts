import type { KnowledgeIndex } from './knowledge-index.js';
import { matchQuestion, type MatchResult } from './match-question.js';
import { SENTENCE_END } from './sentence-end.js';

/**
 * A sentence in which the asker introduces themselves or their company before the question ("We're a 20-person
 * fintech in Berlin.", "I work at a regional hospital group.", "Some context: our company makes pumps."). Its words
 * are about the company, not the question, and lean out of scope: with one in front of each real-dev line
 * (`ml-advisor eval --set test/eval/real-dev.jsonl --intro`, read as written), in-scope answers fell from 325 to 310
 * of 476 and the right entry from 81 to 48.
 */
const INTRODUCES =
  /^(?:so,?\s+|ok(?:ay)?,?\s+)?(?:(?:some |for |a bit of |quick )?(?:context|background)\b|we(?:'re|’re| are| have| sell| make| build| run| provide| employ| work)\b|i(?:'m|’m| am| work| run| lead| manage)\b|i(?:'ve|’ve| have) been\b|we(?:'ve|’ve) been\b|my name is\b|(?:our|my) (?:company|team|startup|org|organi[sz]ation|business|firm|shop|group|department|client|customer|employer)\b|at (?:my|our) (?:company|work|job|firm)\b|at [\p{Lu}][\p{L}&.-]*,? we\b|as an? [\p{L} -]{3,40}, (?:we|i)\b)/iu;

/** At most this many leading sentences are set aside. */
const MAX_INTRODUCTION = 3;

/** Less than this after the introduction is not a question of its own. */
const MIN_REST = 15;

/**
 * When a question is declined, or answered without an entry, because of the introduction in front of it: the match
 * of the question without its introduction, and that text; null otherwise. Each sentence set aside must read as an
 * introduction, ask nothing, and be declined on its own (so "we're a fintech and our churn model overfits." stays),
 * and what remains must be answered (with an entry, when the whole was answered without one).
 */
export function pastIntroduction(index: KnowledgeIndex, text: string, whole: MatchResult): { match: MatchResult; text: string } | null {
  if (whole.outcome === 'smalltalk' || (whole.outcome === 'answer' && whole.covered)) return null;
  const sentences = text.trim().split(SENTENCE_END);
  const readsAsIntroduction = (sentence: string): boolean => INTRODUCES.test(sentence) && !sentence.includes('?');
  for (let k = 1; k < sentences.length && k <= MAX_INTRODUCTION; k++) {
    const sentence = sentences[k - 1]!;
    if (!readsAsIntroduction(sentence)) return null;
    const rest = sentences.slice(k).join(' ');
    if (rest.length < MIN_REST) return null;
    // The rest is read before the sentence is asked on its own: when the rest is no better and the next sentence
    // does not read as an introduction either, the answer is null whatever the sentence alone gets, and one whole
    // match (a fifth of a question's time) is saved on the slowest questions.
    const match = matchQuestion(index, rest);
    const better = match.outcome === 'answer' && match.confidence >= index.thresholds.answer && (whole.outcome !== 'answer' || match.covered);
    const goesOn = k < MAX_INTRODUCTION && k + 1 < sentences.length && readsAsIntroduction(sentences[k]!);
    if (!better && !goesOn) return null;
    if (matchQuestion(index, sentence).outcome !== 'fallback') return null;
    if (better) return { match, text: rest };
  }
  return null;
}
