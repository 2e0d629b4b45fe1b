import type { types } from '@slack/bolt';
import { z } from 'zod';

export const feedbackCallbackId = 'mla-feedback-form';
export const missedBlockId = 'mla-missed';
export const missedInputId = 'mla-missed-input';

/** Carried through the modal in `private_metadata`, so the answer finds its conversation again. */
export const feedbackMetaSchema = z.object({
  entryId: z.string().min(1),
  channelId: z.string().min(1),
  threadId: z.string().optional(),
  teamId: z.string().optional(),
});
export type FeedbackMeta = z.infer<typeof feedbackMetaSchema>;

/** The 👎 form: one question, "what did you miss?". */
export function feedbackModal(meta: FeedbackMeta): types.View {
  return {
    type: 'modal',
    callback_id: feedbackCallbackId,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: 'Your feedback' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: missedBlockId,
        label: { type: 'plain_text', text: 'What did you miss in this answer?' },
        element: { type: 'plain_text_input', action_id: missedInputId, multiline: true, max_length: 1000 },
      },
    ],
  };
}
