import type { types } from '@slack/bolt';
import { actionPrefixes } from '../../src/action-ids.js';
import { parseBody } from '../../src/render/parse-body.js';
import { renderPlainText } from '../../src/render/plain-text.js';
import type { Reply } from '../../src/reply.js';
import { escapeMrkdwn, inertPlainText, inlinesToMrkdwn, mrkdwnLink } from './slack-mrkdwn.js';
import { splitText, truncate } from './split-text.js';

export type KnownBlock = types.KnownBlock;
export type Button = types.Button;

/** One Slack message: Block Kit blocks and the `text` fallback shown in notifications. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack's limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const slackLimits = { blocksPerMessage: 50, sectionChars: 3000, buttonsPerActions: 25, fallbackChars: 3000 };
/** At most this many messages for one reply: a runaway body is cut, never flooded into a channel. */
const maxMessages = 4;

/** Every button we render has an `action_id` with this prefix; its `value` is the core's action id. */
export const actionPrefix = 'mla:';
export const feedbackBlockId = 'mla-feedback';

export interface RenderOptions {
  /** Buttons added after everything else (e.g. "Post to channel" under an ephemeral answer). */
  extraButtons?: Button[];
  /**
   * The experts' group mention (`<!subteam^S…>`), put first in a reply that tags them (`tagExperts`, the "Ask a
   * person" hand-off): the one mention we ever send. Every other text is escaped, so nothing else can ping.
   */
  expertsMention?: string;
}

function button(actionId: string, label: string, value: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncate(inertPlainText(label), 75), emoji: true },
    value,
    ...(style ? { style } : {}),
  };
}

function bodySections(body: string): KnownBlock[] {
  const chunks = parseBody(body).map((block) =>
    block.type === 'paragraph'
      ? inlinesToMrkdwn(block.inlines)
      : block.items.map((item) => `• ${inlinesToMrkdwn(item)}`).join('\n'),
  );
  // Short paragraphs share a section; long ones are cut to Slack's per-section limit.
  const texts: string[] = [];
  for (const chunk of chunks.flatMap((c) => splitText(c, slackLimits.sectionChars))) {
    const last = texts.length - 1;
    const joined = last >= 0 ? `${texts[last]}\n\n${chunk}` : chunk;
    if (last >= 0 && joined.length <= slackLimits.sectionChars) texts[last] = joined;
    else texts.push(chunk);
  }
  return texts.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

function sourceBlocks(reply: Reply): KnownBlock[] {
  if (!reply.sources.length) return [];
  const line = `Sources: ${reply.sources.map((s) => mrkdwnLink(s.url, s.label)).join('  ·  ')}`;
  return splitText(line, slackLimits.sectionChars).map((text) => ({
    type: 'context',
    elements: [{ type: 'mrkdwn', text }],
  }));
}

function actionBlocks(reply: Reply, extra: Button[]): KnownBlock[] {
  const buttons = reply.actions.map((a, i) => button(`${actionPrefix}${i}`, a.label, a.id, a.style));
  const blocks: KnownBlock[] = [];
  for (let i = 0; i < buttons.length; i += slackLimits.buttonsPerActions) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + slackLimits.buttonsPerActions) });
  }
  if (reply.feedback && reply.entryId) {
    blocks.push({
      type: 'actions',
      block_id: feedbackBlockId,
      elements: [
        button(`${actionPrefix}fb-up`, '👍 Helpful', `${actionPrefixes.feedbackUp}${reply.entryId}`),
        button(`${actionPrefix}fb-down`, '👎 Not quite', `${actionPrefixes.feedbackDown}${reply.entryId}`),
      ],
    });
  }
  if (extra.length) blocks.push({ type: 'actions', elements: extra });
  return blocks;
}

/**
 * Renders a core reply as Block Kit: a header, mrkdwn sections, sources as a context block, buttons for the
 * core's actions and 👍/👎, and a plain-text fallback. Split into several messages when it exceeds 50 blocks.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const tag = reply.tagExperts && options.expertsMention ? options.expertsMention : undefined;
  const head: KnownBlock[] = [
    ...(tag ? [{ type: 'section', text: { type: 'mrkdwn', text: tag } } as KnownBlock] : []),
    ...(reply.title ? [{ type: 'header', text: { type: 'plain_text', text: truncate(inertPlainText(reply.title), 150), emoji: true } } as KnownBlock] : []),
  ];
  const content = [...head, ...bodySections(reply.body), ...sourceBlocks(reply)];
  const tail = actionBlocks(reply, options.extraButtons ?? []);
  const budget = maxMessages * slackLimits.blocksPerMessage - tail.length;
  const blocks =
    content.length > budget
      ? [
          ...content.slice(0, budget - 1),
          { type: 'context', elements: [{ type: 'mrkdwn', text: '_(answer shortened)_' }] } as KnownBlock,
          ...tail,
        ]
      : [...content, ...tail];
  const plain = truncate(escapeMrkdwn(renderPlainText(reply)), slackLimits.fallbackChars) || 'ML Advisor';
  const fallback = tag ? `${tag} ${plain}` : plain;
  const messages: SlackMessage[] = [];
  for (let i = 0; i < blocks.length; i += slackLimits.blocksPerMessage) {
    const text = i === 0 ? fallback : truncate(`${escapeMrkdwn(reply.title || 'ML Advisor')} (continued)`, 200);
    messages.push({ text, blocks: blocks.slice(i, i + slackLimits.blocksPerMessage) });
  }
  return messages.length ? messages : [{ text: fallback, blocks: [] }];
}
