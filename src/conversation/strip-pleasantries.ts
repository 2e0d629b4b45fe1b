/** Greetings and thanks people put in front of a real question ("hey bot, what's DeepAR?"). */
const LEADING = /^\s*(?:(?:hi|hello|hey|heya|hiya|yo|sup|hola|greetings|howdy|morning|thanks|thank you|thx|ty|cheers|ok|okay|cool|great|awesome|nice|perfect|got it|good (?:morning|afternoon|evening|day))(?:\s+(?:there|again|so much|a lot|bot|advisor|ml advisor|team|all|everyone|folks|guys|y'?all))*)\b[\s,.!:;-]*/i;

const QUESTION = /\?|^(?:what|whats|what's|how|why|where|when|which|who|whom|can|could|should|would|will|is|are|do|does|did|any|tell|explain|show|give|help|need|we|our|i|my|is there|are there)\b/i;

/**
 * The question without a leading greeting or thanks; null when nothing (or only a word) is left, or when what
 * is left is a remark rather than a question ("thanks, that was really useful").
 */
export function stripPleasantries(text: string): string | null {
  const rest = text.replace(LEADING, '');
  if (rest === text) return null;
  const trimmed = rest.replace(/^(?:and|also|so|but|now)\b[\s,]*/i, '').trim();
  return trimmed.split(/\s+/).filter(Boolean).length >= 2 && QUESTION.test(trimmed) ? trimmed : null;
}
