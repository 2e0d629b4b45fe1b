import { actionPrefixes } from '../action-ids.js';
import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { Reply } from '../reply.js';
import { entryReply } from '../replies/entry-reply.js';
import { guidedPathReply } from '../replies/guided-path.js';
import { helpReply, welcomeReply } from '../replies/menu-replies.js';
import { overviewReply } from '../replies/overview-reply.js';
import type { ConversationState } from './state.js';

/** Answers a clicked topic, entry, guide step or menu button; null when the id names nothing known. */
export function actionReply(index: KnowledgeIndex, actionId: string, state: ConversationState | undefined): Reply | null {
  const id = actionId.trim();
  if (id.startsWith(actionPrefixes.topic)) {
    const painPoint = index.painPoints.get(id.slice(actionPrefixes.topic.length));
    return painPoint ? overviewReply(index, painPoint, 1) : null;
  }
  if (id.startsWith(actionPrefixes.entry)) {
    const entry = index.entries.get(id.slice(actionPrefixes.entry.length));
    return entry ? entryReply(index, entry, 1, state?.shown) : null;
  }
  if (id.startsWith(actionPrefixes.path)) return guidedPathReply(index, id);
  if (id === 'menu' || id.startsWith('menu:')) return welcomeReply(index);
  if (id === 'help' || id.startsWith('help:')) return helpReply(index);
  return null;
}
