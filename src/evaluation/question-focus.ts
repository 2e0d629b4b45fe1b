import { SENTENCE_END } from '../match/sentence-end.js';

/** Messages shorter than this are matched whole: there is no context to set apart. */
const MIN_FOCUS_CHARS = 120;

/** A sentence that asks something, by its mark or its first words. */
const ASKS = /\?\s*$|^(?:so\s+|and\s+|but\s+)?(?:what|whats|what's|how|why|where|when|which|who|can|could|should|would|will|is|are|do|does|did|any|anyone|has anyone|is there|are there|i'?d like|we'?d like|i want|we want|i need|we need|looking for|wondering|tips|advice|recommend)/i;

/**
 * The part of a long message that carries the question: its asking sentences (the last three at most), else
 * its last sentence. Null when the message is short or is a single sentence. Real questions open with context
 * ("we're a 20-person fintech… our DS built…"); `ml-advisor eval --context` routes each in-scope line with and
 * without that context, to check that context never costs the question its topic.
 */
export function questionFocus(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length < MIN_FOCUS_CHARS) return null;
  const sentences = trimmed
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  if (sentences.length < 2) return null;
  const asking = sentences.filter((s) => ASKS.test(s)).slice(-3);
  const focus = (asking.length > 0 ? asking : sentences.slice(-1)).join(' ');
  return focus.length < trimmed.length * 0.9 && /\p{L}{2}/u.test(focus) ? focus : null;
}
