import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliIo } from '../cli-command.js';
import { checkPack } from './check-pack.js';
import type { SuggestArgs } from './suggest-args.js';
import type { Suggestions } from './suggest-build.js';
import { applyEdits, suggestionsPatch, type EntryEdit } from './suggest-edits.js';
import { suggestionsJson } from './suggest-json.js';
import { suggestionsSummary } from './suggest-summary.js';

/** One `kb suggest` run, computed: what is left is to print, write or apply it. */
export interface SuggestRun {
  args: SuggestArgs;
  until: number;
  minPeople: number;
  /** The knowledge folder. */
  dir: string;
  suggestions: Suggestions;
  edits: EntryEdit[];
  io: Pick<CliIo, 'stdout' | 'stderr' | 'env'>;
}

const placed = (edits: readonly EntryEdit[]): number => edits.filter((e) => e.insertion).length;
const context = (run: SuggestRun) => ({ since: run.args.since, until: run.until, minPeople: run.minPeople, edits: run.edits });
const summary = (run: SuggestRun, footer: string[]): string => suggestionsSummary(run.suggestions, { ...context(run), footer });

/** `--out DIR`: the patch and the summary as files; stdout says where (or carries the JSON). */
async function writeOut(run: SuggestRun, out: string): Promise<number> {
  const patch = suggestionsPatch(run.edits);
  const patchFile = path.join(out, 'suggestions.patch');
  const check = `npx ml-advisor kb check${run.args.knowledge ? ` --knowledge ${run.args.knowledge}` : ''}`;
  const footer = patch
    ? [`The patch, ${placed(run.edits)} hunks (one per entry): \`${patchFile}\`. Review it, then from anywhere in the repository:`, '',
      '```sh', `git apply ${patchFile}`, check, '```']
    : ['No phrasings to add: `suggestions.patch` is empty.'];
  await mkdir(out, { recursive: true });
  await writeFile(patchFile, patch);
  await writeFile(path.join(out, 'suggestions.md'), summary(run, footer));
  run.io.stdout.write(
    run.args.json
      ? suggestionsJson(run.suggestions, { ...context(run), patchFile })
      : `wrote ${patchFile} (${placed(run.edits)} entries) and ${path.join(out, 'suggestions.md')}\n`,
  );
  return 0;
}

/** `--apply`: the phrasings written into the entries, then `kb check`, whose exit code is the run's. */
async function apply(run: SuggestRun): Promise<number> {
  const entries = await applyEdits(run.edits);
  const { io, args } = run;
  if (!args.json) io.stdout.write(summary(run, [`Written into ${entries} entries' examples; kb check follows.`]));
  // With --json, stdout carries only the JSON: the check's findings go to stderr.
  const code = await checkPack(run.dir, args.json ? io.stderr : io.stdout, io.env);
  if (args.json) io.stdout.write(suggestionsJson(run.suggestions, { ...context(run), applied: { entries, check: code ? 'failed' : 'passed' } }));
  return code;
}

/** Prints, writes or applies a run as its arguments say; returns the exit code. */
export async function suggestOutput(run: SuggestRun): Promise<number> {
  const { args, io } = run;
  if (args.out !== undefined) return writeOut(run, args.out);
  if (args.apply) return apply(run);
  if (args.patch) {
    io.stdout.write(suggestionsPatch(run.edits));
    return 0;
  }
  const footer = placed(run.edits)
    ? [`Nothing was written. \`--out DIR\` writes suggestions.patch (${placed(run.edits)} hunks) and this summary, \`--patch\` prints the patch, ` +
        "`--apply` writes the phrasings into the entries' examples and runs kb check."]
    : [];
  io.stdout.write(args.json ? suggestionsJson(run.suggestions, context(run)) : summary(run, footer));
  return 0;
}
