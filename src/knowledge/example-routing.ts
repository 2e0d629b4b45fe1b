import type { MatchResult, Scores } from '../match/match-question.js';

/**
 * How close its own pain point must come to the winner's for an example answered from another pain point to be a
 * warning instead of an error: the example is then two-sided ("quantize the model to cut the bill" is both cost
 * and infrastructure), and which side wins moves with each retraining. Below it the example is misplaced.
 */
export const TWO_SIDED_RATIO = 0.5;

export type ExampleRouting =
  | { level: 'ok' }
  | { level: 'error' | 'warning'; message: string };

const percent = (p: number): string => `${Math.round(p * 100)}%`;

/** What `kb check` says about one example of an entry of `painPoint`, from the example's scores and the decision on them. */
export function exampleRouting(example: string, entry: { id: string; painPoint: string }, scores: Scores, result: MatchResult): ExampleRouting {
  if (result.outcome !== 'answer') return { level: 'warning', message: `"${example}" gets ${result.outcome}` };
  const winner = result.candidate;
  if (winner.painPoint === entry.painPoint) {
    return winner.entryId === entry.id ? { level: 'ok' } : { level: 'warning', message: `"${example}" lands on ${winner.entryId ?? 'the overview'}` };
  }
  const own = scores.ranked.find((c) => c.painPoint === entry.painPoint)?.score ?? 0;
  const message = `"${example}" is answered from ${winner.painPoint} (${percent(winner.score)}; its own ${entry.painPoint} ${percent(own)})`;
  return own >= TWO_SIDED_RATIO * winner.score
    ? { level: 'warning', message: `${message}: two-sided, reword it if it belongs to one side only` }
    : { level: 'error', message };
}
