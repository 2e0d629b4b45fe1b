import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Advisor } from '../../src/advisor.js';
import type { Store } from '../../src/store/store.js';

export type SlackClient = webApi.WebClient;

/** What every Slack listener needs, passed in once at registration. */
export interface SlackDeps {
  advisor: Advisor;
  store: Store;
  logger: Logger;
  clock: () => number;
  /** How long an `event_id` is remembered: Slack retries for about 5 minutes. */
  dedupeTtlMs: number;
}
