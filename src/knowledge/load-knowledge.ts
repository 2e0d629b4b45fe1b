import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { parseFrontMatter } from './front-matter.js';
import { KnowledgeError, type KnowledgeProblem } from './knowledge-error.js';
import { frontMatterSchema, packSchema, type Knowledge, type Pack } from './schema.js';
import { checkReferences } from './check-references.js';
import { readKnowledgeSources, WORD_VECTORS_FILE, type KnowledgeSources } from './read-sources.js';
import { WordVectors } from '../match/word-vectors.js';

export type { KnowledgeSources } from './read-sources.js';

function zodProblems(file: string, error: z.ZodError): KnowledgeProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.join('.') : '(front matter)',
    message: issue.message,
  }));
}

function parsePack(sources: KnowledgeSources, problems: KnowledgeProblem[]): Pack {
  const { dir, pack: raw } = sources;
  const file = path.join(dir, 'pack.yaml');
  if (raw === null) return { name: path.basename(dir), requireSources: true };
  try {
    const parsed = packSchema.safeParse(parse(raw));
    if (parsed.success) return parsed.data;
    problems.push(...zodProblems(file, parsed.error));
  } catch (err) {
    problems.push({ file, field: '(yaml)', message: (err as Error).message });
  }
  return { name: path.basename(dir), requireSources: true };
}

/**
 * Knowledge parsed earlier from `before`, with the pack file of `after`: when only `pack.yaml` changed (thresholds
 * saved by calibration), the Markdown files need not be parsed again. Null when any Markdown file differs.
 */
export function withNewPack(earlier: Knowledge, before: KnowledgeSources, after: KnowledgeSources): Knowledge | null {
  const same =
    before.dir === after.dir &&
    before.files.length === after.files.length &&
    before.files.every((f, i) => f.file === after.files[i]!.file && f.text === after.files[i]!.text);
  if (!same) return null;
  const problems: KnowledgeProblem[] = [];
  const pack = parsePack(after, problems);
  const wordVectors = readWordVectors(after, pack, problems);
  if (problems.length) throw new KnowledgeError(problems);
  const { wordVectors: _before, ...rest } = earlier;
  return { ...rest, pack, ...(wordVectors ? { wordVectors } : {}) };
}

/** The pack's word vectors when its matcher asks for them, checked; a problem names the file and the field. */
function readWordVectors(sources: KnowledgeSources, pack: Pack, problems: KnowledgeProblem[]): Uint8Array | undefined {
  if (!pack.matcher?.vectors) return undefined;
  if (!sources.vectors) {
    problems.push({ file: path.join(sources.dir, 'pack.yaml'), field: 'matcher.vectors', message: `needs ${WORD_VECTORS_FILE} in the pack's folder (\`kb import --vectors\` copies it there), or remove the setting` });
    return undefined;
  }
  try {
    WordVectors.parse(sources.vectors);
  } catch (err) {
    problems.push({ file: path.join(sources.dir, WORD_VECTORS_FILE), field: '(file)', message: (err as Error).message });
    return undefined;
  }
  return sources.vectors;
}

/**
 * Reads a knowledge folder: every `.md` file below it (front matter validated with zod) and `pack.yaml`.
 * Collects every problem and throws one KnowledgeError naming each file and field.
 */
export async function loadKnowledge(dir: string): Promise<Knowledge> {
  return parseKnowledge(await readKnowledgeSources(dir));
}

/** Parses and validates a folder's sources; throws one KnowledgeError naming each file and field. */
export function parseKnowledge(sources: KnowledgeSources): Knowledge {
  const { dir } = sources;
  const problems: KnowledgeProblem[] = [];
  const pack = parsePack(sources, problems);
  const wordVectors = readWordVectors(sources, pack, problems);
  const knowledge: Knowledge = {
    pack,
    painPoints: [],
    entries: [],
    smalltalk: [],
    outOfScope: [],
    tools: [],
    ...(wordVectors ? { wordVectors } : {}),
  };
  for (const { file: rel, text } of sources.files) {
    let doc;
    try {
      doc = parseFrontMatter(text);
    } catch (err) {
      problems.push({ file: rel, field: '(front matter)', message: (err as Error).message });
      continue;
    }
    const parsed = frontMatterSchema.safeParse(doc.data);
    if (!parsed.success) {
      problems.push(...zodProblems(rel, parsed.error));
      continue;
    }
    const meta = parsed.data;
    if (meta.kind !== 'out-of-scope' && doc.body.length === 0) {
      problems.push({ file: rel, field: 'body', message: 'the Markdown body (the answer) is empty' });
      continue;
    }
    if (meta.kind === 'pain-point') knowledge.painPoints.push({ ...meta, body: doc.body, file: rel });
    else if (meta.kind === 'entry') knowledge.entries.push({ ...meta, body: doc.body, file: rel });
    else if (meta.kind === 'smalltalk') knowledge.smalltalk.push({ ...meta, body: doc.body, file: rel });
    else if (meta.kind === 'tool') knowledge.tools.push({ ...meta, body: doc.body, file: rel });
    else knowledge.outOfScope.push({ ...meta, file: rel });
  }
  problems.push(...checkReferences(knowledge));
  if (knowledge.entries.length === 0 && problems.length === 0) {
    problems.push({ file: dir, field: '(folder)', message: 'no knowledge entries found' });
  }
  if (problems.length) throw new KnowledgeError(problems);
  knowledge.painPoints.sort((a, b) => a.order - b.order);
  return knowledge;
}
