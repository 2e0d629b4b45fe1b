import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { decodeIndex, encodeIndex, SNAPSHOT_VERSION } from '../../src/match/index-snapshot.js';
import { buildIndex, type KnowledgeIndex } from '../../src/match/knowledge-index.js';
import { snapshotBytes } from '../../src/match/wasm-arena.js';
import { defaultClassifierOptions } from '../../src/match/text-classifier.js';
import { codeHash } from './code-hash.js';
import { writeCacheFile } from './write-cache-file.js';
import { packageRoot } from './package-root.js';

/** Where trained indexes are kept: ML_ADVISOR_CACHE_DIR (when not empty), else node_modules/.cache/ml-advisor. */
export function cacheDir(env: NodeJS.ProcessEnv): string {
  return env.ML_ADVISOR_CACHE_DIR || path.join(packageRoot(), 'node_modules', '.cache', 'ml-advisor');
}

const keys = new WeakMap<Knowledge, string>();

/** Records a knowledge object's index key worked out earlier (the knowledge cache stores it beside the pack). */
export function rememberKnowledgeKey(knowledge: Knowledge, key: string): void {
  keys.set(knowledge, key);
}

/** A key that changes whenever anything the matcher learns from changes or the matcher's code changes (not the thresholds or file names). */
export function knowledgeKey(knowledge: Knowledge): string {
  const known = keys.get(knowledge);
  if (known) return known;
  const strip = <T extends { file: string }>(items: T[]) => items.map(({ file: _file, ...rest }) => rest);
  const learned = {
    version: SNAPSHOT_VERSION,
    code: codeHash('match'),
    options: defaultClassifierOptions,
    matcher: knowledge.pack.matcher ?? null,
    painPoints: strip(knowledge.painPoints),
    entries: strip(knowledge.entries),
    smalltalk: strip(knowledge.smalltalk),
    outOfScope: strip(knowledge.outOfScope),
    wordVectors: knowledge.wordVectors ? createHash('sha256').update(knowledge.wordVectors).digest('hex') : null,
  };
  const key = createHash('sha256').update(JSON.stringify(learned)).digest('hex').slice(0, 32);
  keys.set(knowledge, key);
  return key;
}

/**
 * A snapshot file's bytes, read straight into the memory the matcher's loop reads its models from (no second copy
 * of the ~10 MB of weights). One synchronous read: a 15 MB file read in async chunks spends most of its time
 * waiting between them.
 */
export function readSnapshot(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const bytes = snapshotBytes(fstatSync(fd).size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) throw new Error(`${file} ended early`);
      at += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * The trained index for this knowledge: restored from the cache when the knowledge is unchanged, else trained
 * and saved (best effort: a read-only disk only costs the training time).
 */
export async function cachedIndex(knowledge: Knowledge, dir: string, logger: Logger): Promise<KnowledgeIndex> {
  const name = `index-${knowledgeKey(knowledge)}.bin`;
  const file = path.join(dir, name);
  try {
    const restored = decodeIndex(knowledge, readSnapshot(file));
    if (restored) return restored;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn({ err }, 'index cache unreadable; retraining');
  }
  const index = buildIndex(knowledge);
  try {
    await writeCacheFile(dir, name, encodeIndex(index), 'index-');
  } catch (err) {
    logger.debug({ err }, 'index cache not written');
  }
  return index;
}
