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

/** How a reply is rendered beyond the reply itself. */
export interface RenderOptions {
  /** The experts' role (DISCORD_EXPERTS_ROLE): a reply with `tagExperts` mentions it, and may ping it alone. */
  expertsRole?: string;
}

/** The one mention the bot ever makes on purpose: the experts' role, allowed to ping and nothing else with it. */
export function expertsMentions(roleId: string): MessageMentionOptions {
  return { parse: [], roles: [roleId], repliedUser: false };
}

/**
 * A core Reply as one or more Discord messages: content split at 2,000 characters, the sources embeds and the
 * buttons on the last message. Embeds are spread so that no message exceeds 6,000 embed characters. A reply that
 * tags the experts (the "Ask a person" hand-off) starts with their role's mention, which only its first part may ping.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): DiscordMessagePart[] {
  const part = (content: string): DiscordMessagePart => ({ content, embeds: [], components: [], allowedMentions: noMentions });
  const role = reply.tagExperts ? options.expertsRole : undefined;
  const parts = splitContent([role ? `<@&${role}>` : '', renderContent(reply)].filter(Boolean).join(' ')).map(part);
  if (role && parts[0]) parts[0].allowedMentions = expertsMentions(role);
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
