/** Greetings and thanks people put in front of a real question ("hey bot, what's DeepAR?"). */
const LEADING = /^\s*(?:(?:hi|hello|hey|heya|hiya|yo|sup|hola|greetings|howdy|morning|thanks|thank you|thx|ty|cheers|ok|okay|cool|great|awesome|nice|perfect|got it|good (?:morning|afternoon|evening|day))(?:\s+(?:there|again|so much|a lot|bot|advisor|ml advisor|team|all|everyone|folks|guys|y'?all))*)\b[\s,.!:;-]*/i;

/** The question without a leading greeting or thanks; null when nothing (or only a word) is left. */
export function stripPleasantries(text: string): string | null {
  const rest = text.replace(LEADING, '');
  if (rest === text) return null;
  const trimmed = rest.replace(/^(?:and|also|so|but|now)\b[\s,]*/i, '').trim();
  return trimmed.split(/\s+/).filter(Boolean).length >= 2 ? trimmed : null;
}
