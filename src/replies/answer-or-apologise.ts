import type { Logger } from 'pino';
import type { Advisor } from '../advisor.js';
import { coreMessageSchema, type CoreMessage } from '../message.js';
import type { Reply } from '../reply.js';
import { apologyReply } from './apology-reply.js';

/** Hands a message to the core; a failure becomes the apology and one error log, never an exception. */
export async function answerOrApologise(
  deps: { advisor: Pick<Advisor, 'handle'>; logger: Logger },
  message: CoreMessage,
): Promise<Reply> {
  try {
    return await deps.advisor.handle(coreMessageSchema.parse(message));
  } catch (err) {
    deps.logger.error({ err, kind: message.kind }, 'the advisor failed; answering with an apology');
    return apologyReply;
  }
}
