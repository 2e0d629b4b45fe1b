import type { Logger } from 'pino';
import { isConfident } from '../channels/quiet-reply.js';
import { questionReply } from '../conversation/handle-question.js';
import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { Reply } from '../reply.js';
import type { GapNoticeRoute, OpenGapNotice, Store } from '../store/store.js';

/** Quotes a question in a notice, shortened. */
const quote = (text: string): string => `“${text.length > 200 ? `${text.slice(0, 199)}…` : text}”`;

/**
 * The notice for a person who asked to be told when a gap is answered: the knowledge now answers their question
 * with confidence (a direct answer with an entry), or undefined while it still does not.
 */
export function closedGapReply(index: KnowledgeIndex, question: string): Reply | undefined {
  const answer = questionReply(index, question, undefined);
  if (!isConfident(answer)) return undefined;
  return {
    ...answer,
    title: `Now answered — ${answer.title}`,
    body: `You asked ${quote(question)} and I had no answer then. Now I do:\n\n${answer.body}`,
    actions: [],
    feedback: false,
  };
}

/** Sends a gap notice where the person clicked "Me too", tagging them (the one person this message may ping). */
export type GapNoticeSend = (route: GapNoticeRoute, reply: Reply) => Promise<void>;

export interface NotifyDeps {
  store: Store;
  index: KnowledgeIndex;
  send: GapNoticeSend;
  logger: Logger;
  clock: () => number;
}

/**
 * Tells the people of `platform` who opted in that a gap they hit is now answered: run once the knowledge is loaded
 * (at start, after new entries shipped). Each vote is claimed in the store before its message goes out, so with
 * several replicas each person is told once; a send that fails releases the claim for the next start. The limit is
 * high on purpose: votes still unanswered stay open (oldest first), and a small page would hide newer ones for good.
 */
export async function notifyClosedGaps(platform: string, deps: NotifyDeps, limit = 10_000): Promise<number> {
  let told = 0;
  let notices: OpenGapNotice[];
  try {
    notices = await deps.store.openGapNotices(platform, limit);
  } catch (err) {
    deps.logger.warn({ err }, 'could not read the gap notices; none sent');
    return 0;
  }
  for (const notice of notices) {
    const reply = closedGapReply(deps.index, notice.text);
    if (!reply) continue;
    try {
      if (!(await deps.store.claimGapNotice(notice.questionId, notice.userKey, deps.clock()))) continue;
    } catch (err) {
      deps.logger.warn({ err }, 'could not claim a gap notice; the rest wait for the next start');
      break;
    }
    try {
      await deps.send(notice.route, reply);
      told++;
    } catch (err) {
      deps.logger.warn({ err }, 'a gap notice could not be sent; it will be tried again at the next start');
      await deps.store.releaseGapNotice(notice.questionId, notice.userKey).catch(() => undefined);
    }
  }
  if (told > 0) deps.logger.info({ platform, told }, 'told people that gaps they hit are now answered');
  return told;
}
