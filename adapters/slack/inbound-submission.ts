import { z } from 'zod';
import { actionPrefixes } from '../../src/action-ids.js';
import type { NewInbound } from '../../src/inbox/inbox-runner.js';
import { feedbackCallbackId, feedbackMetaSchema, missedBlockId, missedInputId } from './feedback-modal.js';
import type { SlackDeps } from './slack-deps.js';
import type { SlackNoReplyRoute } from './slack-route.js';
import { actionToCore } from './to-core-message.js';

const submissionSchema = z.object({
  type: z.literal('view_submission'),
  user: z.object({ id: z.string().min(1) }),
  team: z.object({ id: z.string() }).nullish(),
  view: z.object({
    id: z.string().min(1),
    callback_id: z.literal(feedbackCallbackId),
    private_metadata: z.string(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }))) }),
  }),
});

/**
 * The inbox item for the 👎 form's submission ("what did you miss?"), or undefined for any other payload. It is
 * recorded before the ack closes the form, so the comment survives a crash; it reaches the core as
 * `feedback:comment:<entryId>` with the answer as input (at most 1,000 characters).
 */
export function inboundFromSubmission(
  deps: Pick<SlackDeps, 'logger'>,
  body: unknown,
  now: number,
): NewInbound | undefined {
  const parsed = submissionSchema.safeParse(body);
  if (!parsed.success) return undefined;
  let metadata: unknown;
  try {
    metadata = JSON.parse(parsed.data.view.private_metadata || '{}');
  } catch {
    metadata = undefined;
  }
  const meta = feedbackMetaSchema.safeParse(metadata);
  if (!meta.success) {
    deps.logger.warn('ignoring a feedback form without its metadata');
    return undefined;
  }
  const { user, team, view } = parsed.data;
  const input = view.state.values[missedBlockId]?.[missedInputId]?.value ?? '';
  const message = actionToCore({
    actionId: `${actionPrefixes.feedbackComment}${meta.data.entryId}`,
    userId: user.id,
    channelId: meta.data.channelId,
    threadId: meta.data.threadId,
    teamId: team?.id ?? meta.data.teamId,
    input: input.slice(0, 1000),
  });
  const route: SlackNoReplyRoute = { noReply: true };
  return { key: `slack:view:${view.id}`, platform: 'slack', message, route, receivedAt: now };
}
