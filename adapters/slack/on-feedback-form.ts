import { z } from 'zod';
import { askCore } from './ask-core.js';
import { feedbackMetaSchema, missedBlockId, missedInputId } from './feedback-modal.js';
import type { SlackDeps } from './slack-deps.js';
import { actionToCore } from './to-core-message.js';

const submissionSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  team: z.object({ id: z.string() }).nullish(),
  view: z.object({
    private_metadata: z.string(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }))) }),
  }),
});

export interface ViewArgs {
  ack: () => Promise<void>;
  body: unknown;
}

/** The 👎 form's answer: closes the modal at once, then reaches the core as `feedback:comment:<entryId>`. */
export function onFeedbackForm(deps: SlackDeps) {
  return async ({ ack, body }: ViewArgs): Promise<void> => {
    await ack();
    try {
      const parsed = submissionSchema.safeParse(body);
      const meta = parsed.success
        ? feedbackMetaSchema.safeParse(JSON.parse(parsed.data.view.private_metadata || '{}'))
        : undefined;
      if (!parsed.success || !meta?.success) {
        deps.logger.warn('ignoring a feedback form without its metadata');
        return;
      }
      const { user, team, view } = parsed.data;
      const input = view.state.values[missedBlockId]?.[missedInputId]?.value ?? '';
      await askCore(
        deps,
        actionToCore({
          actionId: `feedback:comment:${meta.data.entryId}`,
          userId: user.id,
          channelId: meta.data.channelId,
          threadId: meta.data.threadId,
          teamId: team?.id ?? meta.data.teamId,
          input: input.slice(0, 1000),
        }),
      );
    } catch (err) {
      deps.logger.error({ err }, 'recording Slack feedback failed');
    }
  };
}
