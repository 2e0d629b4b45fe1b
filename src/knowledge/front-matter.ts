import { parse } from 'yaml';

export interface FrontMatterDocument {
  data: unknown;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its YAML front matter and its body. Throws on a missing block or bad YAML. */
export function parseFrontMatter(source: string): FrontMatterDocument {
  const text = source.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  if (!match) throw new Error('no YAML front matter: the file must start with a --- block');
  return { data: parse(match[1] ?? '') as unknown, body: text.slice(match[0].length).trim() };
}
