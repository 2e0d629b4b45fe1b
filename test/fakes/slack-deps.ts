import type { Logger } from 'pino';
import { askCore } from '../../adapters/slack/ask-core.js';
import { ChannelModeCache } from '../../adapters/channels/channel-mode-cache.js';
import { RecordedEvents } from '../../adapters/slack/recorded-events.js';
import type { SlackDeps } from '../../adapters/slack/slack-deps.js';
import type { Advisor } from '../../src/advisor.js';
import { createInboxRunner } from '../../src/inbox/inbox-runner.js';
import { defaultInboxSettings } from '../../src/inbox/inbox-settings.js';
import type { Store } from '../../src/store/store.js';

/** Slack handler deps for tests that call handlers directly; the inbox's sender refuses to send. */
export function slackTestDeps(advisor: Advisor, store: Store, logger: Logger): SlackDeps {
  const base = { advisor, store, logger, clock: Date.now, dedupeTtlMs: 1000, channelModes: new ChannelModeCache(advisor, logger, { platform: 'slack', ttlMs: 0 }), experts: undefined };
  const inbox = createInboxRunner('slack', {
    inbox: store.inbox,
    answer: (message) => askCore(base, message),
    sender: { send: () => Promise.reject(new Error('no Slack in this test')) },
    logger,
    clock: Date.now,
    settings: defaultInboxSettings,
  });
  return { ...base, inbox, recorded: new RecordedEvents() };
}
