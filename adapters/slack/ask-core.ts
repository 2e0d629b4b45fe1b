import type { CoreMessage } from '../../src/message.js';
import type { Reply } from '../../src/reply.js';
import { answerOrApologise } from '../../src/replies/answer-or-apologise.js';
import type { SlackDeps } from './slack-deps.js';

/** Hands a message to the core; a failure becomes the apology and one error log, never an exception. */
export function askCore(deps: Pick<SlackDeps, 'advisor' | 'logger'>, message: CoreMessage): Promise<Reply> {
  return answerOrApologise(deps, message);
}
