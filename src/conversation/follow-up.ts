import { normalize } from '../match/normalize.js';

/** A message that only makes sense after the previous answer. */
export type FollowUp = 'more' | 'why' | 'examples';

const PATTERNS: Array<[FollowUp, RegExp]> = [
  ['why', /^(?:but |and |ok |okay |so )?(?:why|how come|whats the reason|what is the reason|reason|why is that|why so|why would (?:i|we|that|it)|why does (?:it|that) matter)(?: (?:is|would|does|do|should) (?:that|it|this|we|i)(?: \w+)?)?$/],
  ['examples', /^(?:any|some|got any|give me|show me|do you have|have you got|can you give|could you give|with)? ?(?:an? |some |any |concrete |real |more )?(?:examples?|use cases?|for instance|such as|like what|e g|eg|case stud(?:y|ies))(?: (?:please|pls|of that|of this|for that|for this|maybe))?$/],
  ['more', /^(?:(?:please |pls |can you |could you )?(?:tell|show|give) (?:me|us) (?:a bit |a little |some )?more(?: (?:about|on) (?:that|this|it))?|more|more please|more info(?:rmation)?|more details?|go on|continue|keep going|and(?: then)?|then what|what else|anything else|elaborate|expand(?: on that)?|details|go deeper|next|ok and|okay and|what next|whats next|and after that)$/],
];

/** Recognises "tell me more", "why?", "any examples?" and their everyday variants; null for anything else. */
export function detectFollowUp(text: string): FollowUp | null {
  const n = normalize(text).replace(/\s+/g, ' ').trim();
  if (!n || n.split(' ').length > 8) return null;
  for (const [kind, re] of PATTERNS) if (re.test(n)) return kind;
  return null;
}
