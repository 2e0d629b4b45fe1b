import type { Inline } from '../../src/render/parse-body.js';

/**
 * Escapes the three characters Slack treats as control characters. Applied to every piece of text we send,
 * so echoed `<!channel>`, `<!here>` or `<@U…>` show as text and never ping anyone.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * For plain_text fields (headers, button labels): Slack never parses mentions there, but a zero-width space
 * after each `<` makes sure `<!channel>` stays inert even if it is ever shown as mrkdwn.
 */
export function inertPlainText(text: string): string {
  return text.replace(/</g, '<\u200b');
}

/** A URL safe inside `<url|label>`: no `<`, `>` or `|` that would end the link early. */
function linkUrl(url: string): string {
  return url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
}

/** Wraps text in a mrkdwn marker; Slack ignores markers that touch spaces, so they hug the words. */
function wrap(marker: string, text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return escapeMrkdwn(text);
  const lead = text.slice(0, text.indexOf(trimmed));
  const tail = text.slice(lead.length + trimmed.length);
  return `${lead}${marker}${escapeMrkdwn(trimmed)}${marker}${tail}`;
}

/** Converts parsed Markdown-subset inlines to Slack mrkdwn: `*bold*`, `_italic_`, `` `code` ``, `<url|label>`. */
export function inlinesToMrkdwn(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'bold':
          return wrap('*', inline.text);
        case 'italic':
          return wrap('_', inline.text);
        case 'code':
          return wrap('`', inline.text);
        case 'link':
          return `<${linkUrl(inline.url)}|${escapeMrkdwn(inline.text).replace(/\|/g, '¦')}>`;
        default:
          return escapeMrkdwn(inline.text);
      }
    })
    .join('');
}

/** A mrkdwn link from a source. */
export function mrkdwnLink(url: string, label: string): string {
  return inlinesToMrkdwn([{ type: 'link', url, text: label }]);
}
