import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { Reply } from '../reply.js';
import { entryReply } from '../replies/entry-reply.js';
import { guidedPathReply } from '../replies/guided-path.js';
import { helpReply, welcomeReply } from '../replies/menu-replies.js';
import { overviewReply } from '../replies/overview-reply.js';
import type { ConversationState } from './state.js';

/** Answers a clicked topic, entry, guide step or menu button; null when the id names nothing known. */
export function actionReply(index: KnowledgeIndex, actionId: string, state: ConversationState | undefined): Reply | null {
  const [kind = '', rest = ''] = splitOnce(actionId.trim(), ':');
  if (kind === 'topic') {
    const painPoint = index.painPoints.get(rest);
    return painPoint ? overviewReply(index, painPoint, 1) : null;
  }
  if (kind === 'entry') {
    const entry = index.entries.get(rest);
    return entry ? entryReply(index, entry, 1, state?.shown) : null;
  }
  if (kind === 'path') return guidedPathReply(index, actionId.trim());
  if (kind === 'menu') return welcomeReply(index);
  if (kind === 'help') return helpReply(index);
  return null;
}

function splitOnce(text: string, sep: string): [string, string] {
  const at = text.indexOf(sep);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
