/**
 * Masks secrets that end up inside free text (an error message, a stack): Slack tokens, Discord bot tokens,
 * bearer tokens and the password of a connection string. Path-based `redact` cannot reach these.
 */
const patterns: Array<[RegExp, string]> = [
  // Slack: xoxb- (bot), xoxp- (user), xoxa-/xoxr-/xoxe- (rotating), xapp- (app-level, Socket Mode).
  [/\bx(?:ox[abeprs]|app)-[A-Za-z0-9-]{8,}/g, '[redacted]'],
  // Discord bot token: base64 user id . timestamp . HMAC.
  [/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g, '[redacted]'],
  [/\b(Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]'],
  // scheme://user:password@host
  [/\b([a-z][a-z0-9+.-]*:\/\/[^:/?#\s@]*:)[^@\s/]+@/gi, '$1[redacted]@'],
];

export function scrubSecrets(text: string): string {
  return patterns.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
