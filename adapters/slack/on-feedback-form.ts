import type { SlackDeps } from './slack-deps.js';

export interface ViewArgs {
  ack: () => Promise<void>;
  body: { view?: { id?: string } };
}

/**
 * The 👎 form's answer: the submission was recorded in the inbox before this ack closed the form
 * (`inbound-submission.ts`), and the inbox takes the comment to the core (`feedback:comment:<entryId>`).
 */
export function onFeedbackForm(deps: SlackDeps) {
  return async ({ ack, body }: ViewArgs): Promise<void> => {
    await ack();
    try {
      const item = deps.recorded.take(body.view?.id ? `slack:view:${body.view.id}` : undefined);
      if (item) await deps.inbox.deliver(item);
      else deps.logger.debug('feedback form not recorded by this delivery; ignored');
    } catch (err) {
      deps.logger.error({ err }, 'recording Slack feedback failed');
    }
  };
}
