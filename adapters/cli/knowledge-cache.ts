import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Logger } from 'pino';
import { readKnowledgeSources, type KnowledgeSources } from '../../src/knowledge/read-sources.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { codeHash } from './code-hash.js';
import { knowledgeKey, rememberKnowledgeKey } from './index-cache.js';
import { writeCacheFile } from './write-cache-file.js';

/** What the cache keeps per pack: the validated knowledge and the key of its trained index (hashing it costs ~30 ms). */
interface CachedPack {
  knowledge: Knowledge;
  indexKey: string;
}

/** A key for exactly these files (paths and bytes) read by exactly this loader code. */
export function sourcesKey(sources: KnowledgeSources): string {
  // The matcher's code is in the key too: the record carries the index key, which depends on it.
  const hash = createHash('sha256').update(codeHash('knowledge')).update(codeHash('match')).update(sources.pack ?? '\0');
  for (const { file, text } of sources.files) hash.update(`\0${file}\0`).update(text);
  if (sources.vectors) hash.update('\0vectors\0').update(sources.vectors);
  return hash.digest('hex').slice(0, 32);
}

/**
 * A knowledge folder, parsed once: later starts on the same files read the validated result from the cache
 * (parsing the YAML of every file is most of a cold start). Only knowledge without problems is ever cached, so
 * a broken file is reported on every start.
 */
export async function cachedKnowledge(
  dir: string,
  cache: string,
  logger: Logger,
  /** The same folder parsed before its `pack.yaml` was rewritten (`kb import`): only the pack is parsed again. */
  earlier?: { sources: KnowledgeSources; knowledge: Knowledge },
): Promise<Knowledge> {
  const sources = await readKnowledgeSources(dir);
  const name = `knowledge-${sourcesKey(sources)}.v8`;
  const file = path.join(cache, name);
  try {
    const cached = deserialize(await readFile(file)) as Partial<CachedPack> | null;
    const knowledge = cached?.knowledge;
    if (knowledge && Array.isArray(knowledge.entries) && Array.isArray(knowledge.painPoints) && typeof cached.indexKey === 'string') {
      rememberKnowledgeKey(knowledge, cached.indexKey);
      return knowledge;
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn({ err }, 'knowledge cache unreadable; parsing the files');
  }
  // The YAML parser and the schemas are loaded only when the files have to be parsed.
  const { parseKnowledge, withNewPack } = await import('../../src/knowledge/load-knowledge.js');
  const knowledge = (earlier && withNewPack(earlier.knowledge, earlier.sources, sources)) ?? parseKnowledge(sources);
  try {
    const record: CachedPack = { knowledge, indexKey: knowledgeKey(knowledge) };
    await writeCacheFile(cache, name, serialize(record), 'knowledge-');
  } catch (err) {
    logger.debug({ err }, 'knowledge cache not written');
  }
  return knowledge;
}
