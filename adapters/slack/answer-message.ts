import { askCore } from './ask-core.js';
import { isFirstDelivery } from './dedupe.js';
import { postMessages } from './post-reply.js';
import { renderReply } from './render-blocks.js';
import type { SlackClient, SlackDeps } from './slack-deps.js';
import { messageEventSchema, type MessageEvent } from './slack-schemas.js';
import { messageToCore } from './to-core-message.js';

/** The listener arguments a message handler reads (a subset of Bolt's, so tests can pass their own). */
export interface EventArgs {
  event: unknown;
  body: { event_id?: string };
  context: { teamId?: string; botUserId?: string };
  client: SlackClient;
}

/** Parses an event and drops what must never be answered: bots (us included) and edits, joins and the like. */
export function answerableEvent(deps: SlackDeps, raw: unknown): MessageEvent | undefined {
  const parsed = messageEventSchema.safeParse(raw);
  if (!parsed.success) {
    deps.logger.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'ignoring an unexpected Slack event');
    return undefined;
  }
  const event = parsed.data;
  if (event.subtype || event.bot_id || !event.user) return undefined;
  return event;
}

/** Answers a mention or a DM in its thread, once per `event_id`. */
export async function answerMessage(
  deps: SlackDeps,
  kind: 'mention' | 'dm',
  event: MessageEvent,
  args: EventArgs,
): Promise<void> {
  if (!(await isFirstDelivery(deps, args.body.event_id))) {
    deps.logger.debug({ eventId: args.body.event_id }, 'duplicate delivery ignored');
    return;
  }
  const message = messageToCore(kind, event, args.context);
  const reply = await askCore(deps, message);
  await postMessages(args.client, event.channel, message.threadId, renderReply(reply));
}
