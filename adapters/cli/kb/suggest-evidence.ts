import { plural } from '../../../src/render/plural.js';
import type { ConfirmedQuestion } from './suggest-confirmed.js';

/** What stands behind a group of confirmed questions: counts only, never who. */
export interface PhrasingEvidence {
  /** Distinct people who asked. */
  people: number;
  questions: number;
  /** Questions whose entry was picked from a "did you mean" or a "no specific answer yet" reply. */
  picks: number;
  /** Questions whose answer got a 👍. */
  up: number;
  /** Questions whose answer's follow-up buttons were clicked. */
  followUps: number;
}

export function phrasingEvidence(group: readonly ConfirmedQuestion[]): PhrasingEvidence {
  const count = (c: string) => group.filter((q) => q.confirmations.some((x) => x === c)).length;
  return {
    people: new Set(group.map((q) => q.userKey)).size,
    questions: group.length,
    picks: count('pick'),
    up: count('up'),
    followUps: count('follow-up'),
  };
}

/** `4 people — 3 picks, 2 👍, 1 follow-up click`: the evidence in one line (the patch's comment, the summary). */
export function describeEvidence(e: PhrasingEvidence): string {
  const parts = [
    e.picks ? plural(e.picks, 'pick') : '',
    e.up ? `${e.up} 👍` : '',
    e.followUps ? plural(e.followUps, 'follow-up click') : '',
  ].filter(Boolean);
  return `${plural(e.people, 'person', 'people')} — ${parts.join(', ')}`;
}
