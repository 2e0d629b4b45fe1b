import { actionPrefixes } from '../../src/action-ids.js';
import { renderPlainText } from '../../src/render/plain-text.js';
import type { Reply } from '../../src/reply.js';

/** A reply for the terminal: the plain text, with 👍/👎 offered as numbered choices after the actions. */
export function renderConsole(reply: Reply): { text: string; choices: string[] } {
  const choices = reply.actions.map((a) => a.id);
  let text = renderPlainText(reply);
  if (reply.feedback && reply.entryId) {
    const n = choices.length;
    choices.push(`${actionPrefixes.feedbackUp}${reply.entryId}`, `${actionPrefixes.feedbackDown}${reply.entryId}`);
    text += `${reply.actions.length ? '\n' : '\n\n'}  ${n + 1}. 👍 helpful   ${n + 2}. 👎 not helpful`;
  }
  return { text, choices };
}
