import type { SlackClient, SlackDeps } from './slack-deps.js';
import { messageEventSchema, type MessageEvent } from './slack-schemas.js';

/** The listener arguments a message handler reads (a subset of Bolt's, so tests can pass their own). */
export interface EventArgs {
  event: unknown;
  body: { event_id?: string };
  context: { teamId?: string; botUserId?: string };
  client: SlackClient;
}

/** Parses an event and drops what must never be answered: bots (us included) and edits, joins and the like. */
export function answerableEvent(deps: Pick<SlackDeps, 'logger'>, raw: unknown): MessageEvent | undefined {
  const parsed = messageEventSchema.safeParse(raw);
  if (!parsed.success) {
    deps.logger.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'ignoring an unexpected Slack event');
    return undefined;
  }
  const event = parsed.data;
  if (event.subtype || event.bot_id || !event.user) return undefined;
  return event;
}

/**
 * Answers a mention or a DM that this process recorded in the inbox before acknowledging it (see
 * `start-slack.ts`): the core's reply goes to its thread through the inbox, which retries and closes the record.
 * A redelivery of the same `event_id` was not recorded again, and a resend recorded for the first time went to
 * the inbox's backlog lane: either way it stops here.
 */
export async function answerMessage(deps: SlackDeps, args: EventArgs): Promise<void> {
  const item = deps.recorded.take(args.body.event_id ? `slack:${args.body.event_id}` : undefined);
  if (!item) {
    deps.logger.debug({ eventId: args.body.event_id }, 'not for this delivery (a duplicate, or queued for the backlog lane)');
    return;
  }
  await deps.inbox.deliver(item);
}
