import { oneLine } from '../../report/cluster-questions.js';

/** The schema's bounds for an example (`src/knowledge/schema.ts`: trimmed, 2 to 300 characters). */
export const EXAMPLE_MIN = 2;
export const EXAMPLE_MAX = 300;

/** Pieces of a message that make poor examples or carry someone's identity: code, links, mentions, addresses. */
const unfit = [
  /```/, // a code block
  /<[@#!][^>]*>/, // a Slack mention, channel or special mention
  /<@!?&?\d+>|<#\d+>/, // a Discord mention
  /\bhttps?:\/\/|\bwww\./i, // a link
  /[\w.+-]+@[\w-]+\.[\w.-]+/, // an e-mail address
];

/**
 * A question's text as an example phrasing: on one line, control characters removed; null when it cannot be one
 * (too short or too long for the schema, code, a link, a mention, an e-mail address, a lone surrogate).
 */
export function exampleText(raw: string): string | null {
  if (unfit.some((re) => re.test(raw))) return null;
  // oneLine collapses every kind of line break (\s covers U+2028/U+2029); the rest of the control characters go.
  const text = oneLine(raw.replace(/\p{Cc}/gu, ' '));
  if (/\p{Cs}/u.test(text) || text.length < EXAMPLE_MIN || text.length > EXAMPLE_MAX) return null;
  return text;
}
