import type { Logger } from 'pino';
import type { DigestMessage, DigestPoster } from '../digest/digest-poster.js';
import { renderDigest, type DigestStyle } from '../report/render-digest.js';
import type { SlackClient } from './slack-deps.js';
import { escapeMrkdwn } from './slack-mrkdwn.js';
import { uploadFile } from './upload-file.js';

/** mrkdwn: people's words escaped (`<!channel>` shows as text), bars in a code block. */
export const slackDigestStyle: DigestStyle = {
  bold: (text) => `*${escapeMrkdwn(text)}*`,
  user: escapeMrkdwn,
  code: (lines) => `\`\`\`\n${escapeMrkdwn(lines.join('\n'))}\n\`\`\``,
};

const text = (message: DigestMessage, bars: boolean): string =>
  renderDigest(message.digest, { timeZone: message.timeZone, style: slackDigestStyle, bars }).join('\n\n');

/** Slack's error code of a refused Web API call, for the log. */
const reason = (err: unknown): string =>
  (err as { data?: { error?: string } }).data?.error ?? (err instanceof Error ? err.message : String(err));

/**
 * Posts the digest in a Slack channel: the chart uploaded (`files:write`) with the text as its comment; when the upload
 * fails (a missing scope, file uploads turned off, any error), the text with text bars through `chat.postMessage`.
 */
export function slackDigestPoster(client: SlackClient, logger: Logger, fetchImpl: typeof fetch = fetch): DigestPoster {
  return {
    platform: 'slack',
    canPost: () => true,
    async post(channel, message) {
      try {
        await uploadFile(client, channel, {
          filename: 'ml-advisor-digest.png',
          bytes: message.chart,
          title: 'Questions per pain point',
          altText: 'A bar chart of questions per pain point over the last periods',
          comment: text(message, false),
        }, fetchImpl);
        return 'image';
      } catch (err) {
        logger.warn({ channel, reason: reason(err) }, 'digest chart upload failed; posting the digest as text with bars');
        await client.chat.postMessage({ channel, text: text(message, true), unfurl_links: false, unfurl_media: false });
        return 'text';
      }
    },
  };
}
