import type { EntrySignalRow, QuestionRow } from '../../store/reporting.js';

/** A click that confirms an entry answered a question. */
export type Confirmation = 'pick' | 'up' | 'follow-up';

/** A question that ended on an entry and was confirmed there by at least one click, never 👎'd there. */
export interface ConfirmedQuestion {
  questionId: string;
  entryId: string;
  text: string;
  /** Who asked (a keyed hash): people are counted by asker, whoever clicked. Never printed. */
  userKey: string;
  confirmations: Confirmation[];
}

export interface ConfirmedRead {
  confirmed: ConfirmedQuestion[];
  /** Question–entry pairs with a 👎: never suggested, whatever else was clicked. */
  vetoed: number;
}

/**
 * The questions confirmed on an entry (a pick from a "did you mean" or "no specific answer yet", 👍, a follow-up
 * button), from the period's signals and questions. A 👎 on the entry vetoes the question for that entry. A
 * question must be in `questions` (asked in the period, so its asker is known) and have words (question logging on).
 */
export function confirmedQuestions(questions: readonly QuestionRow[], signals: readonly EntrySignalRow[]): ConfirmedRead {
  const asked = new Map(questions.flatMap((q) => (q.questionId ? [[q.questionId, q] as const] : [])));
  const pairs = new Map<string, { questionId: string; entryId: string; text: string | null; confirmations: Set<Confirmation>; down: boolean }>();
  for (const s of signals) {
    const key = `${s.questionId}\u0000${s.entryId}`;
    const pair = pairs.get(key) ?? { questionId: s.questionId, entryId: s.entryId, text: s.text, confirmations: new Set(), down: false };
    pairs.set(key, pair);
    if (s.signal === 'down') pair.down = true;
    else pair.confirmations.add(s.signal);
    pair.text ??= s.text;
  }
  const confirmed: ConfirmedQuestion[] = [];
  let vetoed = 0;
  for (const pair of pairs.values()) {
    if (pair.down) {
      vetoed++;
      continue;
    }
    const question = asked.get(pair.questionId);
    const text = question?.text ?? pair.text;
    if (!question || !text || pair.confirmations.size === 0) continue;
    confirmed.push({ questionId: pair.questionId, entryId: pair.entryId, text, userKey: question.userKey, confirmations: [...pair.confirmations] });
  }
  return { confirmed, vetoed };
}
