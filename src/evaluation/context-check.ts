import type { Reply } from '../reply.js';
import { OOS_LABEL, SMALLTALK_LABEL, type LabelledQuestion } from './labelled-question.js';
import { questionFocus } from './question-focus.js';

export interface ContextCheck {
  /** In-scope lines that carry context around their question. */
  lines: number;
  /** Answered under the right pain point when asked whole. */
  withContext: number;
  /** Answered under the right pain point when only the question part is asked. */
  questionAlone: number;
  /** Lines right alone but wrong with their context: what context costs. */
  lostToContext: Array<{ text: string; label: string }>;
}

const right = (label: string, reply: Pick<Reply, 'outcome' | 'painPoint'>): boolean => reply.outcome === 'answer' && reply.painPoint === label;

/** Routes each in-scope line that has context twice, whole and as its question part alone, and compares. */
export async function checkContext(
  items: readonly LabelledQuestion[],
  ask: (text: string) => Promise<Pick<Reply, 'outcome' | 'painPoint'>>,
): Promise<ContextCheck> {
  const result: ContextCheck = { lines: 0, withContext: 0, questionAlone: 0, lostToContext: [] };
  for (const item of items) {
    if (item.label === OOS_LABEL || item.label === SMALLTALK_LABEL) continue;
    const focus = questionFocus(item.text);
    if (!focus) continue;
    result.lines++;
    const whole = right(item.label, await ask(item.text));
    const alone = right(item.label, await ask(focus));
    if (whole) result.withContext++;
    if (alone) result.questionAlone++;
    if (alone && !whole) result.lostToContext.push({ text: item.text, label: item.label });
  }
  return result;
}
