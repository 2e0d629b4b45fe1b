import type { Suggestions } from './suggest-build.js';
import type { EntryEdit } from './suggest-edits.js';
import type { PhrasingGroup } from './suggest-phrasings.js';

export interface JsonContext {
  since: number;
  until: number;
  minPeople: number;
  edits: readonly EntryEdit[];
  /** Where the patch was written, when it was. */
  patchFile?: string;
  /** With `--apply`: how many entries were written and whether `kb check` passed. */
  applied?: { entries: number; check: 'passed' | 'failed' };
}

const group = ({ evidence, ...rest }: PhrasingGroup) => ({ ...evidence, ...rest });

/** One JSON object for other tools: the same suggestions and gaps as the summary, with the same privacy. */
export function suggestionsJson(s: Suggestions, ctx: JsonContext): string {
  return `${JSON.stringify({
    since: new Date(ctx.since).toISOString(),
    until: new Date(ctx.until).toISOString(),
    minPeople: ctx.minPeople,
    questions: s.questions,
    confirmed: s.confirmed,
    vetoed: s.vetoed,
    suggestions: ctx.edits.map((e) => ({
      entryId: e.suggestion.entryId,
      file: e.path,
      inPatch: Boolean(e.insertion),
      ...(e.problem ? { problem: e.problem } : {}),
      groups: e.suggestion.groups.map(group),
    })),
    covered: s.covered.map((c) => ({ entryId: c.entryId, ...group(c.group) })),
    hidden: s.hidden,
    unknownEntry: s.unknownEntry,
    gaps: s.gaps,
    ...(ctx.patchFile ? { patchFile: ctx.patchFile } : {}),
    ...(ctx.applied ? { applied: ctx.applied } : {}),
  })}\n`;
}
