import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { actionIds, actionPrefixes } from './action-ids.js';
import { channelCommandReply, isChannelCommand } from './channels/channel-command.js';
import { askPersonReply, markResolvedReply, withAskPerson, type HandOffTurn } from './channels/hand-off.js';
import { staysQuiet } from './channels/quiet-reply.js';
import { nextState } from './conversation/next-state.js';
import { clickSignal } from './learning/entry-signal.js';
import { meTooReply, withMeToo } from './learning/me-too.js';
import { loggedOutcome, rememberQuestion } from './learning/remember-question.js';
import { actionReply } from './conversation/handle-action.js';
import { questionReply } from './conversation/handle-question.js';
import type { ConversationState } from './conversation/state.js';
import type { KnowledgeIndex } from './match/knowledge-index.js';
import { conversationKey, coreMessageSchema, type CoreMessage } from './message.js';
import { userKey } from './privacy/user-key.js';
import { fallbackReply, helpReply, noticeReply, welcomeReply } from './replies/menu-replies.js';
import { feedbackReply } from './replies/feedback-reply.js';
import type { Reply } from './reply.js';
import type { Store } from './store/store.js';
import { withChanges } from './with-changes.js';

export interface AdvisorSettings {
  /** How long a conversation's context lives without a new message. */
  contextTtlMs: number;
  /** Questions a user may ask per window; null turns the limit off. */
  rateLimit: { limit: number; windowMs: number } | null;
  /** Key for hashing user ids before anything is stored. */
  userHashKey?: string;
  /** Store the text of questions (for the report's knowledge gaps); off keeps only outcomes. */
  logQuestions: boolean;
  /** User ids (as the platform gives them) allowed to see `/ml-start stats` and to set a channel's mode. */
  admins: readonly string[];
  /**
   * Platforms that cannot read messages which do not mention the bot, with the reason shown when an admin asks for
   * a mode that needs them (`auto`, `confident`): e.g. Discord without the Message Content intent.
   */
  channelReading: Partial<Record<string, string>>;
}

export const defaultSettings: AdvisorSettings = {
  contextTtlMs: 30 * 60_000,
  rateLimit: { limit: 20, windowMs: 60_000 },
  logQuestions: true,
  admins: [],
  channelReading: {},
};

/** Everything `handle` needs, passed in: no globals. */
export interface HandleContext {
  index: KnowledgeIndex;
  store: Store;
  logger: Logger;
  clock: () => number;
  settings: AdvisorSettings;
  /** The usage summary for admins (`/ml-start stats`), when the composition root provides one. */
  stats?: () => Promise<string>;
}

/** The longest question text kept in the log. */
const MAX_LOGGED = 40_000;

async function route(turn: HandOffTurn, ctx: HandleContext): Promise<Reply> {
  const { index } = ctx;
  const { message, state } = turn;
  const text = message.text.trim();
  if (message.kind === 'action') {
    if (text.startsWith(actionPrefixes.feedback)) return feedbackReply(message, ctx);
    if (text === actionIds.askPerson) return askPersonReply(turn, ctx);
    if (text === actionIds.markResolved) return markResolvedReply(turn, ctx);
    if (text === actionIds.meToo || text === actionIds.meTooNotify) return meTooReply(message, state?.lastQuestion, turn.user, ctx);
    return actionReply(index, text, state) ?? fallbackReply(index, 0);
  }
  if (message.kind === 'command') {
    const word = text.toLowerCase();
    if (!word) return welcomeReply(index);
    if (word === 'help') return helpReply(index);
    if (isChannelCommand(text)) return channelCommandReply(message, text.slice('channel'.length).trim(), ctx);
    if (word === 'stats') {
      const allowed = ctx.settings.admins.includes(message.userId) && ctx.stats;
      return allowed && ctx.stats
        ? noticeReply('Usage summary', '```\n' + (await ctx.stats()) + '\n```')
        : noticeReply('Stats are for admins', 'Only the people who run this advisor can see its usage summary.');
    }
  }
  if (!text) return welcomeReply(index);
  return questionReply(index, text, state);
}

async function safely<T>(logger: Logger, what: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (err) {
    logger.warn({ err }, `store: ${what} failed; answering without it`);
    return undefined;
  }
}

/**
 * Saves the context after a reply. A thread that someone closed while this reply was being made (a colleague stepped
 * in, see `followsThread`) stays closed: its `closed` mark is read again just before the write and kept.
 */
async function saveContext(ctx: HandleContext, key: string, next: ConversationState, now: number): Promise<void> {
  const latest = next.asker && !next.closed ? await ctx.store.getContext(key, ctx.clock()) : undefined;
  const kept = latest?.closed ? withChanges(next, { closed: latest.closed }) : next;
  await ctx.store.setContext(key, kept, now + ctx.settings.contextTtlMs);
}

/** The conversation core: a neutral message in, a neutral reply out. */
export async function handle(input: CoreMessage, ctx: HandleContext): Promise<Reply> {
  const parsed = coreMessageSchema.safeParse(input);
  if (!parsed.success) {
    ctx.logger.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'invalid core message');
    return noticeReply("Sorry, I couldn't read that message", 'Please try again, or type `help`.');
  }
  const message = parsed.data;
  const now = ctx.clock();
  const user = userKey(message.platform, message.userId, ctx.settings.userHashKey);
  const limit = ctx.settings.rateLimit;
  if (limit) {
    const verdict = await safely(ctx.logger, 'rate limit', () =>
      ctx.store.hitRateLimit(user, now, limit.windowMs, limit.limit),
    );
    if (verdict && !verdict.allowed) {
      const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      return noticeReply('Slow down a little', `You're asking faster than I can keep up. Try again in ${seconds} s.`);
    }
  }
  const key = conversationKey(message);
  const state = await safely(ctx.logger, 'read context', () => ctx.store.getContext(key, now));
  const routed = withAskPerson(message, await route({ message, state, key, user }, ctx));
  const question = message.kind !== 'action';
  const reply = question ? withMeToo(routed) : routed;
  const quiet = staysQuiet(message, reply);
  const text = ctx.settings.logQuestions ? message.text.slice(0, MAX_LOGGED) : null;
  const asked = question && !quiet
    ? { id: randomUUID(), text, outcome: loggedOutcome(reply), entryId: reply.entryId, painPoint: reply.painPoint, at: now }
    : undefined;
  const signal = question ? undefined : clickSignal(message.text, state?.lastQuestion);
  const last = state?.lastQuestion;
  if (signal && last) {
    await safely(ctx.logger, 'record a signal', () =>
      ctx.store.addEntrySignal({ questionId: last.id, text: last.text, ...signal, platform: message.platform, userKey: user, at: now }),
    );
  }
  // A reply left unposted (see `staysQuiet`) starts nothing: the bot does not follow a thread it never spoke in.
  const next = quiet ? undefined : rememberQuestion(nextState(message, reply, state, user, now), state, { signal, now, ...(asked ? { asked } : {}) });
  if (next) await safely(ctx.logger, 'save context', () => saveContext(ctx, key, next, now));
  if (question) {
    await safely(ctx.logger, 'log question', () =>
      // The literal starts with its own property, not a spread: see `src/with-changes.ts`.
      ctx.store.logQuestion({
        platform: message.platform,
        ...(asked ? { id: asked.id } : {}),
        ...(message.workspaceId ? { workspaceId: message.workspaceId } : {}),
        userKey: user,
        text,
        // A knowledge gap under a clear pain point is logged apart from answers (the report lists it).
        outcome: loggedOutcome(reply),
        painPoint: reply.painPoint,
        entryId: reply.entryId,
        confidence: reply.confidence,
        ...(message.channelMode ? { channelMode: message.channelMode } : {}),
        at: now,
      }),
    );
  }
  return reply;
}
