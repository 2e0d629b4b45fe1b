import { coreMessageSchema, type CoreMessage } from '../../src/message.js';
import type { Reply } from '../../src/reply.js';
import type { SlackDeps } from './slack-deps.js';

/** What the user sees when the core fails: short, no details (those go to the log). */
export const apologyReply: Reply = {
  outcome: 'notice',
  painPoint: null,
  entryId: null,
  confidence: 0,
  title: '',
  body: 'Sorry, something went wrong on my side. Please try again in a moment.',
  sources: [],
  actions: [],
  feedback: false,
};

/** Hands a message to the core; a failure becomes the apology and one error log, never an exception. */
export async function askCore(deps: Pick<SlackDeps, 'advisor' | 'logger'>, message: CoreMessage): Promise<Reply> {
  try {
    return await deps.advisor.handle(coreMessageSchema.parse(message));
  } catch (err) {
    deps.logger.error({ err, kind: message.kind }, 'the advisor failed; answering with an apology');
    return apologyReply;
  }
}
