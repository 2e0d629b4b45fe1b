import { afterAll, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { buildIndex, type KnowledgeIndex } from '../../src/match/knowledge-index.js';

/** The files of a small valid knowledge pack, by relative path. Tests break one file at a time. */
export function validPackFiles(): Record<string, string> {
  return {
    'pack.yaml': 'name: tiny\nthresholds:\n  answer: 0.3\n  clarifyMargin: 0.1\n',
    'pain-points/billing.md': [
      '---',
      'kind: pain-point',
      'id: billing',
      'order: 1',
      'title: Paying for the cloud',
      'customerWords: "The bill is too high"',
      'label: Billing',
      '---',
      'Watch the bill.',
    ].join('\n'),
    'pain-points/hiring.md': [
      '---',
      'kind: pain-point',
      'id: hiring',
      'order: 2',
      'title: Finding people',
      'customerWords: "We cannot hire data scientists"',
      'label: Hiring',
      '---',
      'Grow your own team.',
    ].join('\n'),
    'entries/invoices.md': entry('invoices', 'billing', ['how do I read the invoice', 'what is on my invoice', 'invoice lines explained'], ['budgets']),
    'entries/budgets.md': entry('budgets', 'billing', ['how do I set a budget', 'budget alert for the account', 'alarm when spend grows'], ['invoices']),
    'entries/interviews.md': entry('interviews', 'hiring', ['how to interview a data scientist', 'interview questions for ml engineers', 'hiring process for ml'], []),
    'smalltalk/hello.md': ['---', 'kind: smalltalk', 'id: greeting', 'examples: ["hi", "hello", "hey there"]', '---', 'Hello!'].join('\n'),
    'out-of-scope/other.md': ['---', 'kind: out-of-scope', 'id: oos-other', 'examples: ["what is the weather", "tell me a joke"]', '---', ''].join('\n'),
  };
}

/** One entry file; `related` ids as given. */
export function entry(id: string, painPoint: string, examples: string[], related: string[]): string {
  return [
    '---',
    'kind: entry',
    `id: ${id}`,
    `painPoint: ${painPoint}`,
    `title: About ${id}`,
    'examples:',
    ...examples.map((e) => `  - "${e}"`),
    'links:',
    `  - label: Docs for ${id}`,
    `    url: https://example.com/${id}`,
    `related: [${related.join(', ')}]`,
    'reviewed: 2026-01-01',
    '---',
    `The answer about ${id}.`,
  ].join('\n');
}

/** One tool file: its name, aliases and two links (documentation, then issues). */
export function tool(id: string, name: string, aliases: string[]): string {
  return [
    '---',
    'kind: tool',
    `id: ${id}`,
    `name: ${name}`,
    `aliases: [${aliases.map((a) => `"${a}"`).join(', ')}]`,
    'links:',
    `  - label: ${name} documentation`,
    `    url: https://docs.example.com/${id}`,
    `  - label: ${name} issues`,
    `    url: https://code.example.com/${id}/issues`,
    'reviewed: 2026-12-01',
    '---',
    `${name} is a tool.`,
  ].join('\n');
}

/** Writes a pack into a fresh temporary folder; returns the folder and a remover. */
export function writeTempPack(files: Record<string, string>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ml-advisor-pack-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A trained index over a temporary pack (the small valid one unless other files are given), and its remover. */
export async function tempPackIndex(files: Record<string, string> = validPackFiles()): Promise<{ index: KnowledgeIndex; remove: () => void }> {
  const pack = writeTempPack(files);
  try {
    return { index: buildIndex(await loadKnowledge(pack.dir)), remove: pack.remove };
  } catch (err) {
    pack.remove();
    throw err;
  }
}

/**
 * The small valid pack's index for a `describe` block: trained before its tests, removed after them. Read `.index`
 * inside a test (it is set by then).
 */
export function useTempPackIndex(): { readonly index: KnowledgeIndex } {
  let pack: Awaited<ReturnType<typeof tempPackIndex>> | undefined;
  beforeAll(async () => {
    pack = await tempPackIndex();
  });
  afterAll(() => pack?.remove());
  return {
    get index(): KnowledgeIndex {
      if (!pack) throw new Error('the temporary pack is not trained yet: read .index inside a test');
      return pack.index;
    },
  };
}
