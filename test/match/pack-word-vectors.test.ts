import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/knowledge-error.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { decodeIndex, encodeIndex } from '../../src/match/index-snapshot.js';
import { buildIndex } from '../../src/match/knowledge-index.js';
import { matchQuestion } from '../../src/match/match-question.js';
import { validPackFiles, writeTempPack } from '../fakes/temp-pack.js';
import { tinyWordVectors } from '../fakes/word-vectors.js';

const withVectors = (files: Record<string, string>) => ({ ...files, 'pack.yaml': `${files['pack.yaml']}matcher:\n  vectors: 1\n` });

async function problems(files: Record<string, string>, vectors?: Uint8Array): Promise<KnowledgeError['problems']> {
  const pack = writeTempPack(files);
  if (vectors) writeFileSync(path.join(pack.dir, 'word-vectors.bin'), vectors);
  try {
    await loadKnowledge(pack.dir);
    return [];
  } catch (err) {
    if (err instanceof KnowledgeError) return err.problems;
    throw err;
  } finally {
    pack.remove();
  }
}

describe('a pack whose matcher uses word vectors', () => {
  let pack: { dir: string; remove: () => void };
  let knowledge: Knowledge;
  beforeAll(async () => {
    pack = writeTempPack(withVectors(validPackFiles()));
    writeFileSync(path.join(pack.dir, 'word-vectors.bin'), tinyWordVectors());
    knowledge = await loadKnowledge(pack.dir);
  });
  afterAll(() => pack.remove());

  it('GIVEN pack.yaml asks for vectors and the folder holds them THEN they load with the knowledge and the index uses them', () => {
    expect(knowledge.wordVectors?.length).toBe(tinyWordVectors().length);
    const plain = buildIndex({ ...knowledge, pack: { ...knowledge.pack, matcher: {} } });
    expect(buildIndex(knowledge).featurizer.size).toBe(plain.featurizer.size + 8);
  });

  it('GIVEN a trained index with vectors THEN its snapshot decides the same, and is refused for knowledge without them', () => {
    const index = buildIndex(knowledge);
    const copy = decodeIndex(knowledge, encodeIndex(index));
    for (const q of ['how do I read the invoice', 'annotation of pictures', 'alarm when the price grows', 'what is the weather']) {
      expect(copy && matchQuestion(copy, q)).toEqual(matchQuestion(index, q));
    }
    const { wordVectors: _gone, ...without } = knowledge;
    expect(decodeIndex({ ...without, pack: { ...knowledge.pack, matcher: {} } }, encodeIndex(index))).toBeNull();
  });

  it('GIVEN pack.yaml asks for vectors but the folder has none THEN the error names pack.yaml and matcher.vectors', async () => {
    const found = await problems(withVectors(validPackFiles()));
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toMatch(/pack\.yaml$/);
    expect(found[0]!.field).toBe('matcher.vectors');
    expect(found[0]!.message).toMatch(/word-vectors\.bin/);
  });

  it('GIVEN a damaged vectors file THEN the error names word-vectors.bin', async () => {
    const found = await problems(withVectors(validPackFiles()), tinyWordVectors().subarray(0, 100));
    expect(found.map((p) => path.basename(p.file))).toEqual(['word-vectors.bin']);
    expect(found[0]!.message).toMatch(/truncated or damaged/);
  });

  it('GIVEN a vectors file but no setting for it THEN the pack loads without vectors', async () => {
    const other = writeTempPack(validPackFiles());
    writeFileSync(path.join(other.dir, 'word-vectors.bin'), tinyWordVectors());
    try {
      const loaded = await loadKnowledge(other.dir);
      expect(loaded.wordVectors).toBeUndefined();
      expect(buildIndex(loaded).featurizer.size).toBe(buildIndex({ ...knowledge, pack: { ...knowledge.pack, matcher: {} } }).featurizer.size);
    } finally {
      other.remove();
    }
  });
});
