import { plural } from '../../../src/render/plural.js';
import type { GapSource } from '../../report/gap-clusters.js';
import type { Suggestions } from './suggest-build.js';
import type { EntryEdit } from './suggest-edits.js';
import { describeEvidence } from './suggest-evidence.js';
import type { GapSuggestion } from './suggest-gaps.js';
import type { PhrasingGroup, SetAside } from './suggest-phrasings.js';

export interface SummaryContext {
  since: number;
  until: number;
  minPeople: number;
  edits: readonly EntryEdit[];
  /** The closing lines: where the patch is and how to apply it. */
  footer: string[];
}

const day = (at: number): string => new Date(at).toISOString().slice(0, 10);
/** A wording quoted for Markdown: its own characters, never formatting. */
const quoted = (text: string): string => `"${text.replace(/([\\`*_[\]<>#|~])/g, '\\$1')}"`;

const sourceWords: Record<GapSource, [string, string]> = {
  fallback: ['fallback', 'fallbacks'],
  uncovered: ['"no specific answer yet"', '"no specific answer yet"'],
  comment: ['👎 comment', '👎 comments'],
  escalation: ['hand-off', 'hand-offs'],
  'me-too': ['"me too"', '"me too"'],
};

export const describeSources = (sources: GapSuggestion['sources']): string =>
  (Object.keys(sourceWords) as GapSource[])
    .filter((s) => sources[s])
    .map((s) => plural(sources[s] ?? 0, ...sourceWords[s]))
    .join(', ');

function setAsideLine(s: SetAside): string {
  const example = s.example ? `${s.example.field} ${quoted(s.example.text)}` : '';
  if (s.because === 'covered') return `already covered by ${example}`;
  if (s.because === 'repeat') return 'too close to a phrasing above';
  return `a near-duplicate of ${s.example?.entryId ?? 'another entry'} ${example} (kb check would warn)`;
}

function groupLines(group: PhrasingGroup): string[] {
  return [
    `- ${describeEvidence(group.evidence)}`,
    ...group.phrasings.map((p) => `  - ${quoted(p)}`),
    ...group.setAside.map((s) => `  - not added: ${quoted(s.text)}, ${setAsideLine(s)}`),
    ...(group.unfit ? [`  - ${plural(group.unfit, 'wording')} that cannot be an example (code, a link, a mention, an address or too long), not shown`] : []),
    ...(group.more ? [`  - ${plural(group.more, 'more wording')} left out (at most 3 per group)`] : []),
  ];
}

function phrasingLines(s: Suggestions, ctx: SummaryContext): string[] {
  const lines = ['## New example phrasings', ''];
  if (!ctx.edits.length) lines.push('None in this period.', '');
  for (const edit of ctx.edits) {
    lines.push(`### ${edit.suggestion.entryId} (\`${edit.path}\`)`, '');
    if (edit.problem) lines.push(`Not in the patch: ${edit.problem}. Add these by hand.`, '');
    lines.push(...edit.suggestion.groups.flatMap(groupLines), '');
  }
  if (s.covered.length) {
    lines.push(`Already covered: ${plural(s.covered.length, 'group')} from enough people added nothing new.`, '');
    for (const { entryId, group } of s.covered) lines.push(`- ${entryId}: ${describeEvidence(group.evidence)}`, ...groupLines(group).slice(1));
    lines.push('');
  }
  if (s.hidden.groups) {
    lines.push(`Not shown: ${plural(s.hidden.groups, 'group')} of confirmed questions (${plural(s.hidden.questions, 'question')}) from fewer than ${ctx.minPeople} people.`, '');
  }
  if (s.unknownEntry) lines.push(`${plural(s.unknownEntry, 'confirmed question')} ended on entries the knowledge no longer has.`, '');
  return lines;
}

function gapLines(gaps: readonly GapSuggestion[], minPeople: number, maxSmall = 10): string[] {
  const lines = ['## Knowledge gaps', ''];
  if (!gaps.length) return [...lines, 'None in this period.', ''];
  const small = gaps.filter((g) => !g.shown);
  const listed = [...gaps.filter((g) => g.shown), ...small.slice(0, maxSmall)].sort((a, b) => a.rank - b.rank);
  for (const g of listed) {
    const lean = g.painPoint ? `leans to ${g.painPoint}` : 'no pain point';
    const hidden = g.shown ? '' : ` · fewer than ${minPeople} people: words not shown`;
    const later = g.confirmedOn.length ? ` · confirmed afterwards on ${g.confirmedOn.map((c) => `${c.entryId} (${c.questions})`).join(', ')}` : '';
    lines.push(`${g.rank}. **${plural(g.people, 'person', 'people')}** · ${lean} · ${describeSources(g.sources)}${later}${hidden}`, ...g.wordings.slice(0, 3).map((w) => `   - ${quoted(w)}`));
  }
  if (small.length > maxSmall) lines.push('', `And ${plural(small.length - maxSmall, 'smaller gap')}, each from fewer than ${minPeople} people.`);
  return [...lines, ''];
}

/** The Markdown summary for a reviewer: phrasings per entry with their evidence, then the gaps by people. */
export function suggestionsSummary(s: Suggestions, ctx: SummaryContext): string {
  return [
    `# Knowledge suggestions, ${day(ctx.since)} to ${day(ctx.until)}`,
    '',
    `${plural(s.questions, 'question')} in the period; ${plural(s.confirmed, 'question')} confirmed on an entry by a click ` +
      `(a pick, 👍 or a follow-up button), ${s.vetoed} vetoed by 👎. Words appear only where at least ${ctx.minPeople} ` +
      'different people asked; nobody is named.',
    '',
    ...phrasingLines(s, ctx),
    ...gapLines(s.gaps, ctx.minPeople),
    ...ctx.footer,
    '',
  ].join('\n');
}
