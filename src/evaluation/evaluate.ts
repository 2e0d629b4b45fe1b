import { entryActionId } from '../action-ids.js';
import type { Reply } from '../reply.js';
import { OOS_LABEL, SMALLTALK_LABEL, type LabelledQuestion } from './labelled-question.js';

export interface Tally {
  total: number;
  correct: number;
}

export interface EvalReport {
  perLabel: Map<string, Tally>;
  /** label → what the advisor did (a pain point id when it answered, else the outcome) → count. */
  confusion: Map<string, Map<string, number>>;
  inScope: Tally;
  outOfScope: Tally;
  smalltalk: Tally;
  /** Answers that contain every word the line expects. */
  facts: Tally;
  misses: Array<{ text: string; label: string; got: string; missing?: string[] }>;
  /** In-scope lines labelled with their entry (or null): what the reply did at the entry level. */
  entries: EntryTally;
  /** Entry-level misses: the line, the entry expected (null: none yet), what the reply gave. */
  entryMisses: Array<{ text: string; expected: string | null; got: string }>;
}

/**
 * - `addressed`: the expected entry; `honest`: no entry expected and the reply said so (pain-point level);
 * - `different`: an entry that answers another question (the costliest mistake);
 * - `missed`: an entry existed but the reply answered at the pain-point level; `declined`: fallback, clarify,
 *   or a pain-point-level reply under the wrong pain point.
 */
export interface EntryTally {
  total: number;
  addressed: number;
  honest: number;
  different: number;
  missed: number;
  declined: number;
  /** Of the `missed`: the expected entry was shown as the nearest answer to a related question. */
  nearestRight: number;
  /** Uncovered replies under the right pain point that showed a nearest answer other than the expected entry. */
  nearestOther: number;
  /** Of the `missed`: the expected entry was among the entries offered as choices (buttons or numbered). */
  offeredRight: number;
}

/** Where a reply lands at the entry level for a line that expects `expected` (null: no entry yet). */
export function entryVerdict(
  expected: string | null,
  label: string,
  reply: Pick<Reply, 'outcome' | 'painPoint' | 'entryId'>,
): Exclude<keyof EntryTally, 'total' | 'nearestRight' | 'nearestOther' | 'offeredRight'> {
  if (reply.outcome !== 'answer') return 'declined';
  if (reply.entryId) return reply.entryId === expected ? 'addressed' : 'different';
  if (reply.painPoint !== label) return 'declined';
  return expected === null ? 'honest' : 'missed';
}

/** What a reply counts as: the pain point when it answered, otherwise its outcome. */
export function predictedLabel(reply: Pick<Reply, 'outcome' | 'painPoint'>): string {
  return reply.outcome === 'answer' && reply.painPoint ? reply.painPoint : reply.outcome;
}

function isCorrect(label: string, reply: Pick<Reply, 'outcome' | 'painPoint'>): boolean {
  if (label === OOS_LABEL) return reply.outcome === 'fallback';
  if (label === SMALLTALK_LABEL) return reply.outcome === 'smalltalk';
  return reply.outcome === 'answer' && reply.painPoint === label;
}

const bump = (t: Tally, ok: boolean): void => {
  t.total++;
  if (ok) t.correct++;
};

/**
 * Scores an advisor on a labelled set: in-scope accuracy (an answer with the right pain point), out-of-scope
 * rejection (a fallback), smalltalk, and whether answers contain the facts asked for.
 */
export async function evaluate(
  items: readonly LabelledQuestion[],
  ask: (text: string) => Promise<{ reply: Reply; text: string }>,
): Promise<EvalReport> {
  const report: EvalReport = {
    perLabel: new Map(),
    confusion: new Map(),
    inScope: { total: 0, correct: 0 },
    outOfScope: { total: 0, correct: 0 },
    smalltalk: { total: 0, correct: 0 },
    facts: { total: 0, correct: 0 },
    misses: [],
    entries: { total: 0, addressed: 0, honest: 0, different: 0, missed: 0, declined: 0, nearestRight: 0, nearestOther: 0, offeredRight: 0 },
    entryMisses: [],
  };
  for (const item of items) {
    const { reply, text } = await ask(item.text);
    const ok = isCorrect(item.label, reply);
    const got = predictedLabel(reply);
    const tally = report.perLabel.get(item.label) ?? { total: 0, correct: 0 };
    report.perLabel.set(item.label, tally);
    bump(tally, ok);
    const row = report.confusion.get(item.label) ?? new Map<string, number>();
    report.confusion.set(item.label, row);
    row.set(got, (row.get(got) ?? 0) + 1);
    bump(item.label === OOS_LABEL ? report.outOfScope : item.label === SMALLTALK_LABEL ? report.smalltalk : report.inScope, ok);
    let missing: string[] | undefined;
    if (item.expect?.length) {
      const lower = text.toLowerCase();
      missing = item.expect.filter((w) => !lower.includes(w.toLowerCase()));
      bump(report.facts, ok && missing.length === 0);
    }
    if (item.entry !== undefined && item.label !== OOS_LABEL && item.label !== SMALLTALK_LABEL) {
      const verdict = entryVerdict(item.entry, item.label, reply);
      report.entries.total++;
      report.entries[verdict]++;
      if (reply.closestEntryId && (verdict === 'missed' || verdict === 'honest')) {
        if (reply.closestEntryId === item.entry) report.entries.nearestRight++;
        else report.entries.nearestOther++;
      }
      const offered = item.entry ? entryActionId(item.entry) : undefined;
      if (verdict === 'missed' && reply.actions.some((a) => a.id === offered)) report.entries.offeredRight++;
      if (verdict !== 'addressed' && verdict !== 'honest') {
        report.entryMisses.push({ text: item.text, expected: item.entry, got: reply.entryId ?? `${got} (no entry)` });
      }
    }
    if (!ok || missing?.length) report.misses.push({ text: item.text, label: item.label, got, ...(missing?.length ? { missing } : {}) });
  }
  return report;
}

export function ratio(t: Tally): number {
  return t.total ? t.correct / t.total : 0;
}
