import { parseBody, type Inline } from '../../src/render/parse-body.js';
import { escapeCode, escapeDiscord } from './escape-markdown.js';

function renderInline(inline: Inline): string {
  switch (inline.type) {
    case 'text':
      return escapeDiscord(inline.text);
    case 'bold':
      return `**${escapeDiscord(inline.text)}**`;
    case 'italic':
      return `_${escapeDiscord(inline.text)}_`;
    case 'code':
      return `\`${escapeCode(inline.text)}\``;
    case 'link':
      // `<url>` keeps Discord from unfurling a preview for every link in an answer.
      return `[${escapeDiscord(inline.text)}](<${inline.url}>)`;
  }
}

const renderLine = (inlines: Inline[]): string => inlines.map(renderInline).join('');

/** The reply body's Markdown subset as Discord Markdown, every piece of text escaped. Blocks are `\n\n`-separated. */
export function renderBodyMarkdown(body: string): string {
  return parseBody(body)
    .map((block) =>
      block.type === 'paragraph' ? renderLine(block.inlines) : block.items.map((item) => `- ${renderLine(item)}`).join('\n'),
    )
    .join('\n\n');
}
