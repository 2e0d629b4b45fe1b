import { z } from 'zod';

/**
 * What calibration maximises over the validation lines:
 * - `accuracy`: the share of lines decided right (each line counts once, so a set with few out-of-scope lines
 *   weighs them little);
 * - `balanced`: the mean of in-scope accuracy and out-of-scope recall (both weigh the same, whatever their sizes);
 * - `oos-recall=<x>`: the best in-scope accuracy among the thresholds that decline at least x of the out-of-scope
 *   lines (when none does, the highest recall).
 */
export const objectiveSchema = z.union([
  z.object({ kind: z.literal('accuracy') }),
  z.object({ kind: z.literal('balanced') }),
  z.object({ kind: z.literal('oos-recall'), min: z.number().min(0).max(1) }),
]);

export type Objective = z.infer<typeof objectiveSchema>;

export const DEFAULT_OBJECTIVE: Objective = { kind: 'accuracy' };

/** Parses `accuracy`, `balanced` or `oos-recall=0.5`; null when the text is none of them. */
export function parseObjective(text: string): Objective | null {
  const t = text.trim().toLowerCase();
  if (t === 'accuracy' || t === 'balanced') return { kind: t };
  const m = /^oos-recall=(0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/.exec(t);
  return m ? { kind: 'oos-recall', min: Number(m[1]) } : null;
}

/** The objective as the command line writes it. */
export function formatObjective(objective: Objective): string {
  return objective.kind === 'oos-recall' ? `oos-recall=${objective.min}` : objective.kind;
}

/** Figures of one candidate setting on the validation lines. */
export interface OperatingPoint {
  /** Share of all lines decided right. */
  accuracy: number;
  inScope: number;
  outOfScope: number;
}

/**
 * A sortable score of an operating point under an objective: higher is better. For `oos-recall=x`, every point
 * meeting the floor beats every point that does not; among those that don't, more recall is better.
 */
export function objectiveScore(objective: Objective, p: OperatingPoint): number {
  switch (objective.kind) {
    case 'accuracy':
      return p.accuracy;
    case 'balanced':
      return (p.inScope + p.outOfScope) / 2;
    case 'oos-recall':
      return p.outOfScope >= objective.min - 1e-9 ? 2 + p.inScope : p.outOfScope;
  }
}
