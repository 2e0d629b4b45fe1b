import { z } from 'zod';
import { isFirstDelivery } from './dedupe.js';
import type { SlackClient, SlackDeps } from './slack-deps.js';

const homeOpenedSchema = z.object({ channel: z.string().min(1), tab: z.string().optional() });

/** Slack shows at most four suggested prompts. */
export const maxPrompts = 4;

/** Three pain points in menu order, then "All topics". */
export function suggestedPrompts(deps: SlackDeps): { title: string; message: string }[] {
  const painPoints = [...deps.advisor.index.knowledge.painPoints].sort((a, b) => a.order - b.order);
  return [
    ...painPoints.slice(0, maxPrompts - 1).map((p) => ({ title: p.label, message: p.customerWords })),
    { title: 'All topics', message: 'What topics can you help with?' },
  ];
}

export interface HomeOpenedArgs {
  event: unknown;
  body: { event_id?: string };
  client: SlackClient;
}

/** Agent view: when a user opens the bot's Messages tab, offer suggested prompts (no `thread_ts` for agents). */
export function onAppHomeOpened(deps: SlackDeps) {
  return async ({ event, body, client }: HomeOpenedArgs): Promise<void> => {
    try {
      const parsed = homeOpenedSchema.safeParse(event);
      if (!parsed.success || parsed.data.tab !== 'messages') return;
      if (!(await isFirstDelivery(deps, body.event_id))) return;
      await client.assistant.threads.setSuggestedPrompts({
        channel_id: parsed.data.channel,
        title: 'Where does it hurt?',
        prompts: suggestedPrompts(deps),
      });
    } catch (err) {
      deps.logger.error({ err }, 'setting Slack suggested prompts failed');
    }
  };
}
