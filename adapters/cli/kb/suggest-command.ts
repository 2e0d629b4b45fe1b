import { pino } from 'pino';
import { loadKnowledge } from '../../../src/knowledge/load-knowledge.js';
import { learningEnvSchema } from '../../config/learning-env.js';
import { storeEnv, withoutEmpty, type StoreEnv } from '../../store/store-env.js';
import type { CliIo } from '../cli-command.js';
import { knowledgeDir } from '../package-root.js';
import { parseSuggestArgs, suggestUsage } from './suggest-args.js';
import { buildSuggestions } from './suggest-build.js';
import { entryEdits } from './suggest-edits.js';
import { suggestOutput } from './suggest-output.js';
import { patchRoot } from './suggest-patch-path.js';
import { readSuggestRows, type StoreRows } from './suggest-store.js';

/** The streams and environment; `clock` for tests (defaults to the wall clock). */
export type SuggestIo = Pick<CliIo, 'stdout' | 'stderr' | 'env'> & { clock?: () => number };

type EnvResult = { ok: true; store: StoreEnv; minPeople: number } | { ok: false; problems: string };

/** The store's settings and GAP_MIN_PEOPLE, checked with the app's schemas; every problem by variable. */
function readEnv(env: NodeJS.ProcessEnv): EnvResult {
  const clean = withoutEmpty(env);
  const store = storeEnv.safeParse(clean);
  const learning = learningEnvSchema.safeParse(clean);
  if (store.success && learning.success) return { ok: true, store: store.data, minPeople: learning.data.GAP_MIN_PEOPLE };
  const issues = [...(store.error?.issues ?? []), ...(learning.error?.issues ?? [])];
  return { ok: false, problems: issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n') };
}

/** `ml-advisor kb suggest`: reads the store, suggests example phrasings and lists the gaps (`suggestUsage`). */
export async function runSuggest(argv: readonly string[], io: SuggestIo): Promise<number> {
  const until = (io.clock ?? Date.now)();
  const parsed = parseSuggestArgs(argv, until);
  if (!parsed.ok) {
    io.stderr.write(`ml-advisor kb suggest: ${parsed.problem}\n\n${suggestUsage}`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.stdout.write(suggestUsage);
    return 0;
  }
  const env = readEnv(io.env);
  if (!env.ok) {
    io.stderr.write(`ml-advisor kb suggest: the configuration has problems:\n${env.problems}\n`);
    return 2;
  }
  const dir = knowledgeDir(args.knowledge, io.env);
  const knowledge = await loadKnowledge(dir);
  let rows: StoreRows;
  try {
    rows = await readSuggestRows(env.store, pino({ level: 'warn', base: undefined }, io.stderr), args.since);
  } catch (err) {
    io.stderr.write(`ml-advisor kb suggest: could not read the store (${err instanceof Error ? err.message : String(err)})\n`);
    return 1;
  }
  const suggestions = buildSuggestions({ ...rows, entries: knowledge.entries, minPeople: env.minPeople });
  const edits = await entryEdits(suggestions.suggestions, patchRoot(dir), new Date(until).toISOString().slice(0, 10));
  return suggestOutput({ args, until, minPeople: env.minPeople, dir, suggestions, edits, io });
}
