import { DiscordAPIError, PermissionFlagsBits, Routes, type Client, type REST } from 'discord.js';
import type { Logger } from 'pino';
import type { DigestMessage, DigestPoster } from '../digest/digest-poster.js';
import { renderDigest, type DigestStyle } from '../report/render-digest.js';
import { escapeCode, escapeDiscord } from './escape-markdown.js';
import { replyNonce } from './reply-nonce.js';
import { MAX_CONTENT, splitContent } from './split-content.js';

/** Discord Markdown: people's words escaped (no mention, no markup), bars in a code block. */
export const discordDigestStyle: DigestStyle = {
  bold: (text) => `**${escapeDiscord(text)}**`,
  user: escapeDiscord,
  code: (lines) => `\`\`\`\n${lines.map(escapeCode).join('\n')}\n\`\`\``,
};

const chartFile = 'ml-advisor-digest.png';

/** The sections packed into messages of at most 2,000 characters, a section split only when it alone is longer. */
export function packSections(sections: readonly string[], max = MAX_CONTENT): string[] {
  const messages: string[] = [];
  let current = '';
  for (const section of sections.flatMap((s) => (s.length > max ? splitContent(s, max) : [s]))) {
    if (current && current.length + 2 + section.length > max) {
      messages.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${section}` : section;
  }
  if (current) messages.push(current);
  return messages;
}

/**
 * Creates the messages in order, the first with the chart attached when one is given. Each carries a nonce derived
 * from the run's key (a retried request creates no second message) and mentions nothing.
 */
async function send(rest: REST, channel: string, contents: readonly string[], key: string, chart?: Buffer): Promise<void> {
  for (const [i, content] of contents.entries()) {
    const attach = i === 0 && chart !== undefined;
    await rest.post(Routes.channelMessages(channel), {
      body: {
        content,
        allowed_mentions: { parse: [] },
        nonce: replyNonce(`digest:${key}`, i),
        enforce_nonce: true,
        ...(attach ? { attachments: [{ id: 0, filename: chartFile, description: 'Questions per pain point over the last periods' }] } : {}),
      },
      ...(attach ? { files: [{ name: chartFile, data: chart, contentType: 'image/png' }] } : {}),
    });
  }
}

/** Why Discord refused, for the log: a DiscordAPIError carries the whole request (the digest, the PNG's bytes). */
const reason = (err: unknown): string =>
  err instanceof DiscordAPIError ? `${err.status} ${err.code}: ${err.message}` : err instanceof Error ? err.message : String(err);

/** Sends, turning a refusal into an error that names only the reason. */
async function sendOrExplain(rest: REST, channel: string, contents: readonly string[], key: string, chart?: Buffer): Promise<void> {
  try {
    await send(rest, channel, contents, key, chart);
  } catch (err) {
    throw new Error(`Discord refused the digest (${reason(err)})`);
  }
}

const render = (message: DigestMessage, bars: boolean): string[] =>
  packSections(renderDigest(message.digest, { timeZone: message.timeZone, style: discordDigestStyle, bars }));

/**
 * Posts the digest in a Discord channel this client can see: the text with the chart attached (Attach Files); without
 * that permission, or when the first message is refused, the text with text bars instead (a warning logged).
 */
export function discordDigestPoster(client: Client, logger: Logger): DigestPoster {
  const textChannel = (id: string) => {
    const channel = client.channels.cache.get(id);
    return channel?.isTextBased() && !channel.isDMBased() ? channel : undefined;
  };
  return {
    platform: 'discord',
    canPost(channel) {
      if (textChannel(channel)) return true;
      // Under a ShardingManager each shard sees its own guilds: another shard holds the channel.
      if (!client.shard) logger.warn({ channel }, 'DIGEST_DISCORD_CHANNEL is not a text channel this bot can see: no digest posted');
      return false;
    },
    async post(channel, message) {
      const me = client.user;
      const found = textChannel(channel);
      const mayAttach = found && me && 'permissionsFor' in found ? (found.permissionsFor(me)?.has(PermissionFlagsBits.AttachFiles) ?? true) : true;
      if (mayAttach) {
        const contents = render(message, false);
        try {
          await send(client.rest, channel, contents.slice(0, 1), message.key, message.chart);
        } catch (err) {
          logger.warn({ channel, reason: reason(err) }, 'digest chart not accepted; posting the digest as text with bars');
          await sendOrExplain(client.rest, channel, render(message, true), `${message.key}#text`);
          return 'text';
        }
        await sendOrExplain(client.rest, channel, contents.slice(1), `${message.key}#rest`);
        return 'image';
      }
      logger.warn({ channel }, 'no Attach Files permission in the digest channel; posting the digest as text with bars');
      await sendOrExplain(client.rest, channel, render(message, true), `${message.key}#text`);
      return 'text';
    },
  };
}
