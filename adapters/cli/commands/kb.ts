import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { calibrate, type CalibrateOptions, type Calibration } from '../../../src/evaluation/calibrate.js';
import { formatObjective, parseObjective } from '../../../src/evaluation/calibration-objective.js';
import { inferEntries } from '../../../src/evaluation/infer-entry.js';
import { parseLabelledLines, type LabelledQuestion } from '../../../src/evaluation/labelled-question.js';
import { loadKnowledge, parseKnowledge } from '../../../src/knowledge/load-knowledge.js';
import { readKnowledgeSources } from '../../../src/knowledge/read-sources.js';
import type { Knowledge } from '../../../src/knowledge/schema.js';
import { UsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { checkPack } from '../kb/check-pack.js';
import { saveThresholds } from '../kb/save-thresholds.js';
import { runSuggest } from '../kb/suggest-command.js';
import { topicIdOf, writePack } from '../kb/write-pack.js';
import { cliLogger } from '../cli-logger.js';
import { cacheDir, cachedIndex } from '../index-cache.js';
import { cachedKnowledge } from '../knowledge-cache.js';
import { knowledgeDir } from '../package-root.js';
import { shippedVectors } from '../kb/shipped-vectors.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

async function readLines(file: string) {
  return parseLabelledLines(await readFile(file, 'utf8'), file);
}

function describe(c: Calibration): string {
  const entry = c.thresholds.entry === undefined ? '' : `, entry ≥ ${c.thresholds.entry}`;
  const ratio = c.thresholds.outOfScopeRatio === undefined ? '' : `, out of scope declines at ${c.thresholds.outOfScopeRatio}× the best pain point`;
  const level = c.entryLevel
    ? `; entry level on ${c.entryLevel.lines} lines: ${pct(c.entryLevel.addressed)} addressed, ${pct(c.entryLevel.different)} a different question`
    : '';
  const how = `objective ${formatObjective(c.objective)}${c.clarify ? '' : ', no clarify'}`;
  return `answer ≥ ${c.thresholds.answer}, clarify margin ${c.thresholds.clarifyMargin}${ratio}${entry} (${how}): ${pct(c.accuracy)} of validation lines right (in-scope ${pct(c.inScope)}, out-of-scope rejected ${pct(c.outOfScope)})${level}`;
}

/**
 * Each file's lines that name their entry weigh as much in all as another file's: a set of clear questions and a
 * set of messy real ones count the same when the entry threshold is chosen, whatever their sizes.
 */
async function readBalanced(files: readonly string[], entries: Knowledge['entries']): Promise<LabelledQuestion[]> {
  const sets = await Promise.all(files.map(async (f) => inferEntries(await readLines(f), entries)));
  return sets.flatMap((lines) => {
    const named = lines.filter((l) => l.entry !== undefined).length;
    return named ? lines.map((l) => (l.entry === undefined ? l : { ...l, weight: 100 / named })) : lines;
  });
}

interface KbOptions {
  from?: string;
  out?: string;
  val?: string[];
  name?: string;
  objective?: string;
  'no-clarify'?: boolean;
  vectors?: boolean;
}

function calibrateOptions(values: KbOptions): CalibrateOptions {
  const objective = values.objective === undefined ? undefined : parseObjective(values.objective);
  if (objective === null) throw new UsageError(`--objective must be accuracy, balanced or oos-recall=<0..1> (not "${values.objective}")`);
  return { ...(objective ? { objective } : {}), clarify: !values['no-clarify'] };
}

async function importPack(values: KbOptions, io: CliIo): Promise<number> {
  if (!values.from || !values.out) throw new UsageError('kb import needs --from FILE.jsonl and --out DIR');
  const options = calibrateOptions(values);
  const started = performance.now();
  const logger = cliLogger(io.env);
  const cache = cacheDir(io.env);
  const vectors = values.vectors ? await shippedVectors() : undefined;
  const labels = await writePack(await readLines(values.from), values.out, values.name ?? path.basename(values.out), new Date().toISOString().slice(0, 10), vectors);
  io.stdout.write(`wrote ${labels} labels to ${values.out}${vectors ? ' (with word vectors)' : ''}\n`);
  // Trained once, into the same cache `ask --knowledge` reads: the first question on the pack restores it.
  const sources = await readKnowledgeSources(values.out);
  const knowledge = parseKnowledge(sources);
  const index = await cachedIndex(knowledge, cache, logger);
  if (values.val?.length) {
    const result = calibrate(index, await readBalanced(values.val, knowledge.entries), topicIdOf, options);
    await saveThresholds(values.out, result);
    io.stdout.write(`calibrated on ${values.val.join(' + ')}: ${describe(result)}\n`);
  }
  await cachedKnowledge(values.out, cache, logger, { sources, knowledge });
  io.stdout.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

export const kbCommand: CliCommand = {
  name: 'kb',
  summary:
    'kb check | kb import --from F.jsonl --out DIR [--val F.jsonl]… [--vectors] | kb calibrate --val F.jsonl [--val F2.jsonl]… | ' +
    'kb suggest [--since 30d] [--out DIR | --apply | --patch] [--json] (kb suggest --help); ' +
    'import and calibrate take --objective accuracy|balanced|oos-recall=<x> and --no-clarify',
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'suggest') return runSuggest(rest, io);
    const { values } = parseArgs({
      args: rest,
      options: {
        knowledge: { type: 'string' },
        from: { type: 'string' },
        out: { type: 'string' },
        val: { type: 'string', multiple: true },
        name: { type: 'string' },
        objective: { type: 'string' },
        'no-clarify': { type: 'boolean' },
        vectors: { type: 'boolean' },
      },
    });
    const dir = knowledgeDir(values.knowledge, io.env);
    if (sub === 'check') return checkPack(dir, io.stdout, io.env);
    if (sub === 'import') return importPack(values, io);
    if (sub === 'calibrate') {
      if (!values.val?.length) throw new UsageError('kb calibrate needs --val FILE.jsonl, repeatable (labels: pain point ids, oos, smalltalk; optional entry)');
      const knowledge = await loadKnowledge(dir);
      const index = await cachedIndex(knowledge, cacheDir(io.env), cliLogger(io.env));
      const result = calibrate(index, await readBalanced(values.val, knowledge.entries), undefined, calibrateOptions(values));
      await saveThresholds(dir, result);
      io.stdout.write(`${describe(result)}\nsaved to ${path.join(dir, 'pack.yaml')}\n`);
      return 0;
    }
    throw new UsageError(`kb needs a subcommand: check, import, calibrate or suggest${sub ? ` (not "${sub}")` : ''}`);
  },
};
