import { actionIds } from '../action-ids.js';
import type { ConversationState } from '../conversation/state.js';
import type { HandleContext } from '../handle.js';
import type { CoreMessage } from '../message.js';
import { noticeReply } from '../replies/menu-replies.js';
import type { Reply, ReplyAction } from '../reply.js';

/** The hand-off buttons. */
export const askPersonAction: ReplyAction = { id: actionIds.askPerson, label: 'Ask a person' };
export const markResolvedAction: ReplyAction = { id: actionIds.markResolved, label: 'Mark resolved', style: 'primary' };

/** Where a hand-off click happens: the thread's key, its state, and the clicker's user key. */
export interface HandOffTurn {
  message: CoreMessage;
  key: string;
  state: ConversationState | undefined;
  user: string;
}

/** Every answer and fallback in a channel thread with experts configured offers "Ask a person". */
export function withAskPerson(message: CoreMessage, reply: Reply): Reply {
  if (!message.handoff || !['answer', 'fallback', 'clarify'].includes(reply.outcome)) return reply;
  if (reply.actions.some((a) => a.id === askPersonAction.id)) return reply;
  return { ...reply, actions: [...reply.actions, askPersonAction] };
}

async function saveState(turn: HandOffTurn, ctx: HandleContext, change: Partial<ConversationState>): Promise<void> {
  const now = ctx.clock();
  const base: ConversationState = turn.state ?? { painPoint: null, entryId: null, shown: [], updatedAt: now, asker: turn.user };
  await ctx.store.setContext(turn.key, { ...base, ...change, updatedAt: now }, now + ctx.settings.contextTtlMs);
}

/**
 * "Ask a person": records the hand-off once per thread and answers with a reply that tags the experts (the adapter
 * adds their group or role mention, and only theirs). A second click does not ping them again.
 */
export async function askPersonReply(turn: HandOffTurn, ctx: HandleContext): Promise<Reply> {
  if (!turn.message.handoff) {
    return noticeReply('No one to hand this to here', 'The people who run me have not named experts for this place yet.');
  }
  const { message, state } = turn;
  const fresh = await ctx.store.recordEscalation({
    threadKey: turn.key,
    platform: message.platform,
    ...(message.workspaceId ? { workspaceId: message.workspaceId } : {}),
    ...(message.channelMode ? { channelMode: message.channelMode } : {}),
    painPoint: state?.painPoint ?? null,
    entryId: state?.entryId ?? null,
    userKey: state?.asker ?? turn.user,
    ...(state?.lastQuestion ? { questionId: state.lastQuestion.id } : {}),
    at: ctx.clock(),
  });
  if (!fresh) {
    return noticeReply('A person has already been asked', 'The experts were tagged in this thread. Mark it resolved once you have your answer.', [markResolvedAction]);
  }
  await saveState(turn, ctx, { escalated: true });
  return {
    ...noticeReply(
      'I have asked a person',
      'The experts are tagged here and will pick this up in the thread. Mark it resolved once you have your answer.',
      [markResolvedAction],
    ),
    tagExperts: true,
  };
}

/** "Mark resolved": the asker, an expert or an admin closes the hand-off; the bot stops following the thread. */
export async function markResolvedReply(turn: HandOffTurn, ctx: HandleContext): Promise<Reply> {
  const { message, state } = turn;
  const allowed = message.expert === true || ctx.settings.admins.includes(message.userId) || (state?.asker ?? turn.user) === turn.user;
  if (!allowed) return noticeReply('Only the asker or an expert can resolve this', 'Ask the person who started the thread, or one of the experts.');
  const resolved = await ctx.store.resolveEscalation(turn.key, ctx.clock());
  if (!resolved && state?.closed === 'resolved') return noticeReply('Already resolved', 'This question was marked resolved before.');
  await saveState(turn, ctx, { closed: 'resolved' });
  return noticeReply('Marked resolved', 'Thanks! I will stay out of this thread now; mention me to ask something new.');
}
