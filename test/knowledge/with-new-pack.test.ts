import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/knowledge-error.js';
import { parseKnowledge, withNewPack } from '../../src/knowledge/load-knowledge.js';
import { readKnowledgeSources } from '../../src/knowledge/read-sources.js';
import { validPackFiles, writeTempPack } from '../fakes/temp-pack.js';

async function sourcesOf(files: Record<string, string>) {
  const pack = writeTempPack(files);
  try {
    return await readKnowledgeSources(pack.dir);
  } finally {
    pack.remove();
  }
}

describe('withNewPack', () => {
  it('GIVEN only pack.yaml changed THEN the result is what a full parse of the new files gives', async () => {
    const before = await sourcesOf({ ...validPackFiles(), 'pack.yaml': 'name: p\n' });
    const after = { ...before, pack: 'name: p\nthresholds:\n  answer: 0.3\n  clarifyMargin: 0\n' };
    const reused = withNewPack(parseKnowledge(before), before, after);
    expect(reused).toEqual(parseKnowledge(after));
    expect(reused?.pack.thresholds).toEqual({ answer: 0.3, clarifyMargin: 0 });
  });

  it('GIVEN a Markdown file changed or removed THEN nothing is reused', async () => {
    const before = await sourcesOf(validPackFiles());
    const earlier = parseKnowledge(before);
    const edited = { ...before, files: before.files.map((f, i) => (i === 0 ? { ...f, text: `${f.text}\nmore` } : f)) };
    expect(withNewPack(earlier, before, edited)).toBeNull();
    expect(withNewPack(earlier, before, { ...before, files: before.files.slice(1) })).toBeNull();
  });

  it('GIVEN a new pack.yaml that is invalid THEN it throws the knowledge error a full parse would', async () => {
    const before = await sourcesOf(validPackFiles());
    const after = { ...before, pack: 'thresholds: nope\n' };
    expect(() => withNewPack(parseKnowledge(before), before, after)).toThrow(KnowledgeError);
  });
});
