/**
 * Makes user-visible text inert in Discord: Markdown characters are backslash-escaped (Discord drops the
 * backslash when rendering), `<@…>`, `<@&…>`, `<#…>` lose their meaning, and `@everyone` / `@here` get a
 * zero-width space so that even a client ignoring `allowed_mentions` would not ping.
 */
export function escapeDiscord(text: string): string {
  return text
    .replace(/[\\*_~`|[\]()<>]/g, '\\$&')
    .replace(/^(\s*)([#>-])/gm, '$1\\$2')
    .replace(/@(everyone|here)/g, '@\u200b$1');
}

/** Inside inline code nothing renders, but a backtick would end the span. */
export function escapeCode(text: string): string {
  return text.replace(/`/g, 'ˋ');
}
