import { createHash } from 'node:crypto';

/**
 * The `nonce` of one part of a reply: derived from the inbox key and the part number, so a re-sent part carries
 * the same nonce and, with `enforce_nonce`, Discord returns the message it already created instead of a second
 * one (Discord remembers nonces for a few minutes). At most 25 characters, as Discord requires.
 */
export function replyNonce(inboxKey: string, part: number): string {
  return createHash('sha256').update(`${inboxKey}#${part}`).digest('hex').slice(0, 25);
}
