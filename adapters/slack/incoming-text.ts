/** Slack's own cap on a message (40,000 characters): the core matches on the start of a question and logs it whole. */
export const maxQuestionChars = 40_000;

/**
 * Turns Slack's encoded message text into the user's words: the bot's mention removed, links and channel
 * references reduced to their labels, `&amp;`/`&lt;`/`&gt;` decoded. Special mentions (`<!channel>`,
 * `<@U…>`) are left as they are: whatever we echo is escaped again on the way out.
 */
export function cleanIncomingText(text: string, botUserId?: string): string {
  let out = text;
  if (botUserId) out = out.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ');
  out = out
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return out.length > maxQuestionChars ? out.slice(0, maxQuestionChars) : out;
}
