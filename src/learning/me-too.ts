import { actionIds } from '../action-ids.js';
import type { HandleContext } from '../handle.js';
import type { CoreMessage } from '../message.js';
import { noticeReply } from '../replies/menu-replies.js';
import type { Reply, ReplyAction } from '../reply.js';
import type { LastQuestion } from './last-question.js';

export const meTooAction: ReplyAction = { id: actionIds.meToo, label: 'Me too' };
export const meTooNotifyAction: ReplyAction = { id: actionIds.meTooNotify, label: 'Me too, tell me when answered' };

/** A fallback or a "no specific answer yet" is a knowledge gap: it offers "Me too" (and the opt-in notice). */
export function withMeToo(reply: Reply): Reply {
  const gap = reply.outcome === 'fallback' || (reply.outcome === 'answer' && reply.uncovered === true);
  if (!gap || reply.actions.some((a) => a.id === meTooAction.id)) return reply;
  return { ...reply, actions: [...reply.actions, meTooAction, meTooNotifyAction] };
}

/**
 * "Me too": counts the clicker once under the gap of the conversation's last question. With the notice opt-in, keeps
 * where to tell them (their platform id, this conversation and thread) once the knowledge answers it.
 */
export async function meTooReply(message: CoreMessage, last: LastQuestion | undefined, user: string, ctx: HandleContext): Promise<Reply> {
  if (!last || (last.outcome !== 'fallback' && last.outcome !== 'uncovered')) {
    return noticeReply('That question is no longer open here', 'Ask it again and I will count it.');
  }
  const notify = message.text.trim() === actionIds.meTooNotify;
  const counted = await ctx.store.addGapVote({
    questionId: last.id,
    text: last.text,
    painPoint: last.painPoint,
    outcome: last.outcome,
    platform: message.platform,
    ...(message.workspaceId ? { workspaceId: message.workspaceId } : {}),
    userKey: user,
    at: ctx.clock(),
    ...(notify
      ? { notify: { platform: message.platform, userId: message.userId, conversationId: message.conversationId, ...(message.threadId ? { threadId: message.threadId } : {}) } }
      : {}),
  });
  if (!counted) return noticeReply('You are already counted', 'Thanks: the people who maintain my knowledge see this gap with your vote.');
  return noticeReply(
    'Counted — thank you',
    notify
      ? 'The people who maintain my knowledge see how many hit this gap. I will tell you here once I have an answer.'
      : 'The people who maintain my knowledge see how many hit this gap.',
  );
}
