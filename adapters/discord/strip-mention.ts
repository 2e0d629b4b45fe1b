/** Removes every `<@botId>` / `<@!botId>` from the text and tidies the spaces left behind. */
export function stripMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
