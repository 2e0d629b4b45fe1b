import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { actionPrefixes } from '../../src/action-ids.js';
import type { Reply, ReplyAction } from '../../src/reply.js';

export const MAX_ROWS = 5;
export const MAX_BUTTONS_PER_ROW = 5;
export const MAX_CUSTOM_ID = 100;

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

const styles = { primary: ButtonStyle.Primary, danger: ButtonStyle.Danger } as const;

function button(action: ReplyAction): APIButtonComponent {
  return {
    type: ComponentType.Button,
    custom_id: action.id,
    label: action.label.slice(0, 80),
    style: action.style ? styles[action.style] : ButtonStyle.Secondary,
  };
}

/** The 👍/👎 pair; their ids are the core's own action ids. */
export function feedbackActions(entryId: string | null): ReplyAction[] {
  const ref = entryId ?? '-';
  return [
    { id: `${actionPrefixes.feedbackUp}${ref}`, label: '👍 Helpful' },
    { id: `${actionPrefixes.feedbackDown}${ref}`, label: '👎 Not quite' },
  ];
}

function rows(actions: ReplyAction[], maxRows: number): ButtonRow[] {
  const out: ButtonRow[] = [];
  for (let i = 0; i < actions.length && out.length < maxRows; i += MAX_BUTTONS_PER_ROW) {
    out.push({ type: ComponentType.ActionRow, components: actions.slice(i, i + MAX_BUTTONS_PER_ROW).map(button) });
  }
  return out;
}

/**
 * The reply's actions as button rows (≤ 5 a row, ≤ 5 rows, unique custom ids ≤ 100 chars), with the feedback
 * pair on a row of its own when the reply asks for it. Actions beyond the 25 slots are dropped (counted).
 */
export function renderButtons(reply: Reply): { rows: ButtonRow[]; dropped: number } {
  const feedback = reply.feedback ? feedbackActions(reply.entryId) : [];
  const seen = new Set(feedback.map((a) => a.id));
  const actions = reply.actions.filter((a) => {
    const keep = a.id.length <= MAX_CUSTOM_ID && !seen.has(a.id);
    seen.add(a.id);
    return keep;
  });
  const actionRows = rows(actions, MAX_ROWS - (feedback.length ? 1 : 0));
  const shown = actionRows.reduce((n, row) => n + row.components.length, 0);
  return {
    rows: [...actionRows, ...rows(feedback, 1)],
    dropped: reply.actions.length - shown,
  };
}
