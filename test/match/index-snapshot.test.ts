import { beforeAll, describe, expect, it } from 'vitest';
import { decodeIndex, encodeIndex } from '../../src/match/index-snapshot.js';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import { matchQuestion } from '../../src/match/match-question.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { buildIndex } from '../../src/match/knowledge-index.js';
import { arenaOf, snapshotBytes } from '../../src/match/wasm-arena.js';
import { sharedIndex } from '../fakes/core-advisor.js';
import { validPackFiles, writeTempPack } from '../fakes/temp-pack.js';
import { outOfScope, paraphrases, smalltalk } from './paraphrases.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await sharedIndex();
});

describe('encodeIndex / decodeIndex', () => {
  it('GIVEN a trained index THEN the decoded copy decides every question exactly the same', () => {
    const copy = decodeIndex(index.knowledge, encodeIndex(index));
    expect(copy).not.toBeNull();
    for (const q of [...Object.values(paraphrases).flat(), ...outOfScope, ...smalltalk, 'sagemakr notebok cost']) {
      expect(matchQuestion(copy!, q)).toEqual(matchQuestion(index, q));
    }
  });

  it('GIVEN a snapshot in arena bytes (as the cache reads it) THEN the models are read where they lie and decide the same', () => {
    const encoded = encodeIndex(index);
    const bytes = snapshotBytes(encoded.length);
    bytes.set(encoded);
    const copy = decodeIndex(index.knowledge, bytes);
    expect(copy).not.toBeNull();
    const [topic, entry] = [copy!.topicClassifier.models[0]!, copy!.entryClassifier!.models[0]!];
    // In place: the weights are views of the snapshot's own bytes, not copies.
    expect(topic.weights.buffer).toBe(bytes.buffer);
    expect(entry.weights.buffer).toBe(bytes.buffer);
    expect(arenaOf(bytes.buffer)).toBeDefined();
    for (const q of [...Object.values(paraphrases).flat().slice(0, 40), ...outOfScope, 'sagemakr notebok cost']) {
      expect(matchQuestion(copy!, q)).toEqual(matchQuestion(index, q));
    }
  });

  it('GIVEN bytes at an odd offset of a bigger buffer THEN it still decodes', () => {
    const bytes = encodeIndex(index);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const copy = decodeIndex(index.knowledge, shifted.subarray(3));
    expect(copy && matchQuestion(copy, outOfScope[0]!)).toEqual(matchQuestion(index, outOfScope[0]!));
  });

  it('GIVEN the snapshot of another pack THEN null, in both directions', async () => {
    const pack = writeTempPack(validPackFiles());
    try {
      const tiny = buildIndex(await loadKnowledge(pack.dir));
      expect(decodeIndex(index.knowledge, encodeIndex(tiny))).toBeNull();
      expect(decodeIndex(tiny.knowledge, encodeIndex(index))).toBeNull();
      expect(decodeIndex(tiny.knowledge, encodeIndex(tiny))).not.toBeNull();
    } finally {
      pack.remove();
    }
  });

  it.each([
    ['empty bytes', new Uint8Array(0)],
    ['a short buffer', new Uint8Array(4)],
    ['not a snapshot', new TextEncoder().encode('{"version": 3, "hello": "world"}')],
  ])('GIVEN %s THEN null', (_what, bytes) => {
    expect(decodeIndex(index.knowledge, bytes)).toBeNull();
  });
});
