import type { APIEmbed, MessageMentionOptions } from 'discord.js';
import type { Reply } from '../../src/reply.js';
import { escapeDiscord } from './escape-markdown.js';
import { renderBodyMarkdown } from './render-markdown.js';
import { renderButtons, type ButtonRow } from './render-buttons.js';
import { splitContent } from './split-content.js';

export const MAX_EMBED_DESCRIPTION = 4096;
export const MAX_EMBED_TOTAL = 6000;
/** Never ping anyone, not even the user replied to. Set on every payload, on top of the client-wide default. */
export const noMentions: MessageMentionOptions = { parse: [], repliedUser: false };
const SOURCES_COLOR = 0x5865f2;

/** One Discord message: what `reply()`, `send()`, `editReply()` and `followUp()` all accept. */
export interface DiscordMessagePart {
  content: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  allowedMentions: MessageMentionOptions;
}

/** Sources as embeds titled "Sources": one masked link a line, each embed within the description limit. */
export function renderSources(reply: Reply): APIEmbed[] {
  const lines = reply.sources.map((s) => `- [${escapeDiscord(s.label).slice(0, 300)}](${s.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`);
  const embeds: APIEmbed[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length) embeds.push({ title: 'Sources', description: current.join('\n'), color: SOURCES_COLOR });
    current = [];
  };
  for (const line of lines) {
    if ([...current, line].join('\n').length > MAX_EMBED_DESCRIPTION) flush();
    current.push(line.slice(0, MAX_EMBED_DESCRIPTION));
  }
  flush();
  return embeds;
}

/** Title + body as Discord Markdown; the title in bold. */
export function renderContent(reply: Reply): string {
  const title = reply.title ? `**${escapeDiscord(reply.title)}**` : '';
  return [title, renderBodyMarkdown(reply.body)].filter(Boolean).join('\n\n');
}

const embedSize = (e: APIEmbed): number => (e.title?.length ?? 0) + (e.description?.length ?? 0);

/**
 * A core Reply as one or more Discord messages: content split at 2,000 characters, the sources embeds and the
 * buttons on the last message. Embeds are spread so that no message exceeds 6,000 embed characters.
 */
export function renderReply(reply: Reply): DiscordMessagePart[] {
  const part = (content: string): DiscordMessagePart => ({ content, embeds: [], components: [], allowedMentions: noMentions });
  const parts = splitContent(renderContent(reply)).map(part);
  if (parts.length === 0) parts.push(part(''));
  for (const embed of renderSources(reply)) {
    let last = parts[parts.length - 1]!;
    const used = last.embeds.reduce((n, e) => n + embedSize(e), 0);
    if (used + embedSize(embed) > MAX_EMBED_TOTAL || last.embeds.length >= 10) {
      last = part('');
      parts.push(last);
    }
    last.embeds.push(embed);
  }
  parts[parts.length - 1]!.components = renderButtons(reply).rows;
  const kept = parts.filter((p) => p.content || p.embeds.length || p.components.length);
  return kept.length ? kept : [part('…')];
}

/** Shown when the core fails: short, and the same for every failure (details go to the log). */
export function apologyPart(): DiscordMessagePart {
  return {
    content: 'Sorry, something went wrong on my side. Please try again in a moment.',
    embeds: [],
    components: [],
    allowedMentions: noMentions,
  };
}
