import { renderPlainText } from '../../src/render/plain-text.js';
import type { Reply } from '../../src/reply.js';
import { feedbackBlockId, type KnownBlock } from './render-blocks.js';
import { escapeMrkdwn } from './slack-mrkdwn.js';
import { truncate } from './split-text.js';

/** The core's thanks for a vote, short enough for a context block. */
export function thanksText(reply: Reply): string {
  return truncate(escapeMrkdwn(renderPlainText(reply)), 300) || 'Thanks for the feedback.';
}

/** The message voted on with its vote buttons replaced by the thanks, so it can't be voted on twice by accident. */
export function blocksWithThanks(blocks: ReadonlyArray<Record<string, unknown>>, thanks: string): KnownBlock[] {
  return blocks.map((block) =>
    block.block_id === feedbackBlockId ? { type: 'context', elements: [{ type: 'mrkdwn', text: thanks }] } : block,
  ) as unknown as KnownBlock[];
}
