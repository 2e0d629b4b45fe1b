/** Discord rejects message content longer than this (400 / 50035); it is not checked client-side. */
export const MAX_CONTENT = 2000;

/** Cuts `text` before `max`, preferring a paragraph break, then a line break, then a space. */
function cutPoint(text: string, max: number): number {
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(separator, max);
    if (at > max / 2) return at;
  }
  // No good break: hard cut, but never between a backslash and the character it escapes.
  return text[max - 1] === '\\' ? max - 1 : max;
}

/** Splits content into chunks of at most `max` characters, at paragraph or line breaks where possible. */
export function splitContent(text: string, max = MAX_CONTENT): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const at = cutPoint(rest, max);
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length) chunks.push(rest);
  return chunks;
}
