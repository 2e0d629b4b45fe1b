/** A private-use character that marks a dot to keep (in `0.0464`, `ml.t2`) while punctuation is removed. */
const KEEP_DOT = '\u{E000}';

/** Longest stretch of a message that is matched; the rest of a huge message cannot change the topic. */
export const MAX_MATCH_CHARS = 2_000;

const PLATFORM_MARKUP = [
  /<[@#!][^>\s]{0,80}>/g, // Slack <@U1>, <#C1|name>, <!channel>; Discord <@123>, <@!123>, <#123>
  /<@&\d+>/g, // Discord role mention
  /@(?:everyone|here|channel)\b/gi,
  /<a?:\w+:\d+>/g, // Discord custom emoji
];

/** The last message normalized: a question is normalized by the follow-up check and then by the featurizer. */
let last = { text: '', normalized: '' };

/**
 * Lower-cases and cleans a message for matching: platform mentions and URLs removed, code fences kept as
 * words, accents folded, punctuation turned into spaces (dots inside numbers and names like `ml.t2` kept).
 */
export function normalize(text: string): string {
  if (text === last.text) return last.normalized;
  const normalized = clean(text);
  last = { text, normalized };
  return normalized;
}

function clean(text: string): string {
  let s = text.slice(0, MAX_MATCH_CHARS).normalize('NFKC');
  for (const re of PLATFORM_MARKUP) s = s.replace(re, ' ');
  s = s
    .replace(/https?:\/\/\S+/g, ' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’`]/g, '')
    .replace(/(?<=\d),(?=\d{3}\b)/g, '')
    .replace(/(?<=\d)[.,](?=\d)|(?<=[a-z0-9])\.(?=[a-z])|(?<=[a-z])\.(?=\d)/g, KEEP_DOT)
    .replace(/\$/g, ' dollar ')
    .replace(/[^\p{L}\p{N}\u{E000}]+/gu, ' ')
    .replace(/\u{E000}/gu, '.');
  return s.trim();
}

/** Words of a normalized message. Dotted names (`ml.t2.medium`) give the whole and its parts. */
export function words(normalized: string): string[] {
  const out: string[] = [];
  for (const w of normalized.split(' ')) {
    if (!w) continue;
    out.push(w);
    if (w.includes('.') && !/^\d+(\.\d+)?$/.test(w)) for (const part of w.split('.')) if (part) out.push(part);
  }
  return out;
}
