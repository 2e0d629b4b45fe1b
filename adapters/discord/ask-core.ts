import type { CoreMessage } from '../../src/message.js';
import type { HandlerDeps } from './handler-deps.js';
import { apologyPart, renderReply, type DiscordMessagePart } from './render-message.js';

/**
 * Hands a message to the core and renders its reply. A failure inside the core (or the renderer) becomes a
 * short apology and one error log: the bot never crashes on a bad answer.
 */
export async function askCore(deps: HandlerDeps, message: CoreMessage): Promise<DiscordMessagePart[]> {
  try {
    const reply = await deps.advisor.handle(message);
    return renderReply(reply);
  } catch (err) {
    deps.logger.error({ err, kind: message.kind, conversationId: message.conversationId }, 'core failed; apologised');
    return [apologyPart()];
  }
}
