import type { HandleContext } from '../handle.js';
import type { CoreMessage } from '../message.js';
import { userKey } from '../privacy/user-key.js';
import type { Reply } from '../reply.js';
import { noticeReply } from './menu-replies.js';

/** The longest "what did you miss?" answer kept. */
const MAX_COMMENT = 2_000;

/**
 * `feedback:up|down|comment:<entryId>`: stores the vote (or the 👎 form's comment) and thanks the user.
 * The reply is only sent after the store has the record, so a thanked feedback is never lost.
 */
export async function feedbackReply(message: CoreMessage, ctx: HandleContext): Promise<Reply> {
  const [, kind = '', entryId = ''] = message.text.trim().split(':');
  const entry = ctx.index.entries.get(entryId);
  if (!['up', 'down', 'comment'].includes(kind)) return noticeReply('Unknown feedback', 'That button is no longer valid.');
  const comment = kind === 'comment' ? (message.input ?? '').trim().slice(0, MAX_COMMENT) : undefined;
  await ctx.store.addFeedback({
    entryId: entry?.id ?? null,
    painPoint: entry?.painPoint ?? null,
    vote: kind === 'up' ? 'up' : 'down',
    ...(comment ? { comment } : {}),
    platform: message.platform,
    ...(message.workspaceId ? { workspaceId: message.workspaceId } : {}),
    userKey: userKey(message.platform, message.userId, ctx.settings.userHashKey),
    at: ctx.clock(),
  });
  if (kind === 'up') return noticeReply('Thanks for the feedback!', 'Glad it helped.');
  if (kind === 'comment') return noticeReply('Thank you!', 'Your note goes to the people who maintain my knowledge.');
  return noticeReply(
    'Thanks — sorry that missed',
    'What did you try, and what did you miss or dislike? Your answer reaches the people who maintain my knowledge.',
  );
}
