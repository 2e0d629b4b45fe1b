import type { HandleContext } from '../handle.js';
import { conversationKey, type CoreMessage } from '../message.js';
import { userKey } from '../privacy/user-key.js';
import { threadVerdict } from './thread-follow.js';

/**
 * For an unmentioned message in a channel thread: true when the bot should answer it as a follow-up (`kind:
 * thread`). When someone other than the asker wrote, the thread is marked taken over, so the bot stays out of it
 * from then on. A store failure answers false: staying silent is the safe side for a message nobody addressed to us.
 */
export async function followsThread(message: Pick<CoreMessage, 'platform' | 'conversationId' | 'threadId' | 'userId'>, ctx: HandleContext): Promise<boolean> {
  if (!message.threadId) return false;
  const key = conversationKey(message);
  const now = ctx.clock();
  try {
    const state = await ctx.store.getContext(key, now);
    const verdict = threadVerdict(state, userKey(message.platform, message.userId, ctx.settings.userHashKey));
    if (verdict === 'step-back' && state) {
      await ctx.store.setContext(key, { ...state, closed: 'colleague', updatedAt: now }, now + ctx.settings.contextTtlMs);
    }
    return verdict === 'follow';
  } catch (err) {
    ctx.logger.warn({ err }, 'store: reading a thread failed; not following it');
    return false;
  }
}
