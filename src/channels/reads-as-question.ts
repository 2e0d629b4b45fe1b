/** Words that open a question or a request for help. */
const OPENERS = new Set([
  'how', 'what', 'whats', "what's", 'why', 'when', 'where', 'which', 'who', 'whom', 'whose', 'should', 'shall', 'can',
  'could', 'would', 'will', 'is', 'are', 'am', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'may', 'might',
  'must', 'any', 'anyone', 'anybody', 'someone', 'somebody', 'has anyone', 'recommend', 'recommendations', 'advice',
  'help', 'suggestions', 'ideas', 'thoughts', 'tips',
]);

/** Phrases that make a statement a request for help ("we need to…", "looking for…", "struggling with…"). */
const REQUEST = [
  /\b(i|we)('re|'m| are| am| was| were)? (trying|struggling|stuck|wondering)\b/,
  /\b(i|we) (need|want|have to|must|can't|cannot|don't know|wonder)\b/,
  /\b(looking for|how (to|do|does|can|should)|best (way|practice|practices|approach)|not sure (how|what|which|whether|if))\b/,
  /\bany (idea|ideas|advice|tips|pointers|suggestions|recommendations)\b|\b(please|pls) (help|advise|suggest)\b/,
];

/** The fewest words a question needs: "lunch?" and "anyone?" are chatter, not questions for the advisor. */
const MIN_WORDS = 3;

/**
 * Whether a channel message reads as a question worth answering unasked (channel modes `auto` and `confident`):
 * at least three words, and a question mark, a question's opening word, or a request for help. Code blocks, links
 * and mentions are left out before counting, so a pasted stack trace alone is not a question.
 */
export function readsAsQuestion(text: string): boolean {
  const prose = text
    .replace(/```[\s\S]*?(```|$)/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>\s]*>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .trim();
  const words = prose.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < MIN_WORDS) return false;
  if (prose.includes('?') || prose.includes('？')) return true;
  const first = words[0] ?? '';
  if (OPENERS.has(first) || OPENERS.has(`${first} ${words[1] ?? ''}`)) return true;
  const plain = prose.toLowerCase().replace(/’/g, "'");
  return REQUEST.some((pattern) => pattern.test(plain));
}
