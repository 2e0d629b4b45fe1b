/** A run of text inside a block of the Markdown subset that replies use. */
export type Inline =
  | { type: 'text' | 'bold' | 'italic' | 'code'; text: string }
  | { type: 'link'; text: string; url: string };

export type Block = { type: 'paragraph'; inlines: Inline[] } | { type: 'list'; items: Inline[][] };

const INLINE = /\*\*([^*]+)\*\*|`([^`]+)`|\[(?:\*\*)?([^\]]+?)(?:\*\*)?\]\((https?:\/\/[^\s)]+)\)|(?<![\w*])_([^_]+)_(?!\w)/g;

/** Parses one line of the subset: `**bold**`, `_italic_`, `` `code` ``, `[label](url)` (a bold label is read as plain); the rest is text. */
export function parseInlines(line: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(INLINE)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ type: 'text', text: line.slice(last, at) });
    if (m[1] !== undefined) out.push({ type: 'bold', text: m[1] });
    else if (m[2] !== undefined) out.push({ type: 'code', text: m[2] });
    else if (m[3] !== undefined && m[4] !== undefined) out.push({ type: 'link', text: m[3], url: m[4] });
    else if (m[5] !== undefined) out.push({ type: 'italic', text: m[5] });
    last = at + m[0].length;
  }
  if (last < line.length) out.push({ type: 'text', text: line.slice(last) });
  return out;
}

/** Splits a reply body into paragraphs and `- ` bullet lists (blank lines separate blocks). */
export function parseBody(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: Inline[][] | undefined;
  const flush = (): void => {
    if (paragraph.length) blocks.push({ type: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
    if (list) blocks.push({ type: 'list', items: list });
    paragraph = [];
    list = undefined;
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (bullet) {
      if (paragraph.length) flush();
      (list ??= []).push(parseInlines(bullet[1] ?? ''));
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** The visible text of inlines, with links as `label (url)`. */
export function inlinesToText(inlines: Inline[]): string {
  return inlines.map((i) => (i.type === 'link' ? `${i.text} (${i.url})` : i.text)).join('');
}
