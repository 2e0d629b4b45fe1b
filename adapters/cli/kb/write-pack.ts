import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { LabelledQuestion } from '../../../src/evaluation/labelled-question.js';
import { OOS_LABEL } from '../../../src/evaluation/labelled-question.js';
import { WORD_VECTORS_FILE } from '../../../src/knowledge/read-sources.js';

/** A label turned into a knowledge id: kebab-case, ≤ 50 characters. */
export function labelToId(label: string): string {
  const id = label
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return id || 'label';
}

/** The pain point that holds a label's entry in an imported pack. */
export const topicIdOf = (label: string): string => `topic-${labelToId(label)}`;

const file = (data: object, body: string): string => `---\n${stringify(data).trimEnd()}\n---\n${body}\n`;

/**
 * Writes a knowledge pack from labelled lines: per label a pain point and one entry whose examples are the
 * label's texts (lines labelled `oos` become out-of-scope examples).
 */
export async function writePack(
  lines: readonly LabelledQuestion[],
  out: string,
  name: string,
  reviewed: string,
  /** Pretrained word vectors for the matcher: the file's bytes (written as the pack's own copy) and their weight. */
  vectors?: { bytes: Uint8Array; weight: number },
): Promise<number> {
  const byLabel = new Map<string, string[]>();
  for (const { text, label } of lines) {
    const t = text.trim().slice(0, 300);
    if (t.length >= 2) byLabel.set(label, [...(byLabel.get(label) ?? []), t]);
  }
  await mkdir(path.join(out, 'entries'), { recursive: true });
  await mkdir(path.join(out, 'pain-points'), { recursive: true });
  let order = 0;
  const used = new Set<string>();
  for (const [label, texts] of byLabel) {
    if (label === OOS_LABEL) {
      await writeFile(path.join(out, 'out-of-scope.md'), file({ kind: 'out-of-scope', id: 'out-of-scope', examples: texts }, ''));
      continue;
    }
    const id = labelToId(label);
    if (used.has(id)) throw new Error(`labels "${label}" and another one give the same id "${id}": rename one`);
    used.add(id);
    const words = label.replace(/[_-]+/g, ' ').trim();
    const title = words.length >= 3 ? words : `Intent ${words || id}`;
    await writeFile(
      path.join(out, 'pain-points', `${id}.md`),
      file({ kind: 'pain-point', id: topicIdOf(label), title: title.slice(0, 80), customerWords: title, order: order++, label: title.slice(0, 40), examples: [] }, `About ${title}.`),
    );
    await writeFile(
      path.join(out, 'entries', `${id}.md`),
      file({ kind: 'entry', id, painPoint: topicIdOf(label), title: title.slice(0, 100), examples: texts.length >= 3 ? texts : [...texts, ...texts, ...texts].slice(0, 3), reviewed }, `The answer for "${title}" (imported: write the real answer here).`),
    );
  }
  // Imported entries are intents learned from labelled lines, not advice with facts to source.
  if (vectors) await writeFile(path.join(out, WORD_VECTORS_FILE), vectors.bytes);
  else await rm(path.join(out, WORD_VECTORS_FILE), { force: true });
  await writeFile(path.join(out, 'pack.yaml'), stringify({ name, requireSources: false, ...(vectors ? { matcher: { vectors: vectors.weight } } : {}) }));
  return byLabel.size;
}
