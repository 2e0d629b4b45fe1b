import type { CoreMessage } from '../message.js';
import type { Reply } from '../reply.js';

/** A direct answer with an entry: the only reply the `confident` mode posts unasked. */
export function isConfident(reply: Reply): boolean {
  return reply.outcome === 'answer' && !reply.uncovered && reply.entryId !== null;
}

/**
 * Whether a reply to an unasked channel question (`kind: channel`) is left unposted: in `confident` mode anything but
 * a confident answer (a fallback, a "did you mean", a "no specific answer yet"); in `auto` mode chit-chat that the
 * core answered as smalltalk. The question is still logged by the core, so the report sees it.
 */
export function staysQuiet(message: Pick<CoreMessage, 'kind' | 'channelMode'>, reply: Reply): boolean {
  if (message.kind !== 'channel') return false;
  if (message.channelMode === 'confident') return !isConfident(reply);
  return reply.outcome === 'smalltalk';
}
