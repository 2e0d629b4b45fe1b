/**
 * Masks secrets that end up inside free text (an error message, a stack, a failed request's URL): Slack tokens,
 * Discord bot tokens, bearer tokens, the password of a connection string, a Discord interaction token in a
 * webhook or callback path, and the secret part of a Slack `response_url`. Path-based `redact` cannot reach these.
 */
const patterns: Array<[RegExp, string]> = [
  // Slack: xoxb- (bot), xoxp- (user), xoxa-/xoxr-/xoxe- (rotating), xapp- (app-level, Socket Mode).
  [/\bx(?:ox[abeprs]|app)-[A-Za-z0-9-]{8,}/g, '[redacted]'],
  // Discord bot token: base64 user id . timestamp . HMAC.
  [/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g, '[redacted]'],
  [/\b(Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]'],
  // Discord interaction token: /webhooks/<application id>/<token>, /interactions/<id>/<token>/callback
  [/(\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9._-]{16,}/g, '$1[redacted]'],
  // Slack response_url: https://hooks.slack.com/commands|actions/<team>/<id>/<secret>
  [/(hooks\.slack\.com\/(?:commands|actions|app)\/)[^\s"'<>]+/g, '$1[redacted]'],
  // scheme://user:password@host
  [/\b([a-z][a-z0-9+.-]*:\/\/[^:/?#\s@]*:)[^@\s/]+@/gi, '$1[redacted]@'],
];

export function scrubSecrets(text: string): string {
  return patterns.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
