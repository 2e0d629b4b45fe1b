import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { inboxSettings } from '../config/inbox-env.js';
import type { DigestScheduler } from '../digest/digest-scheduler.js';
import { startDigest } from '../digest/start-digest.js';
import { startDiscord, type DiscordHandle } from '../discord/start-discord.js';
import { installShutdown } from '../ops/graceful-shutdown.js';
import { createReadiness } from '../ops/health.js';
import { instrumentAdvisor } from '../ops/instrument-advisor.js';
import { registerInboxMetrics } from '../ops/inbox-metrics.js';
import { createMetrics } from '../ops/metrics.js';
import { startOpsServer, type OpsServer } from '../ops/ops-server.js';
import { watchInbox } from '../ops/watch-inbox.js';
import { createStats } from '../report/stats-summary.js';
import { buildAdvisor } from './build-advisor.js';
import { warmUp } from './warm-up.js';
import { renderReply as renderDiscordReply } from '../discord/render-message.js';
import { renderReply as renderSlackReply } from '../slack/render-blocks.js';
import { startSlack, type SlackRunning } from '../slack/start-slack.js';
import { openStore, type DurableStore } from '../store/open-store.js';
import type { Platform } from '../../src/message.js';

/**
 * The composition root for the platforms: ops server, knowledge, store, advisor, then Slack and Discord.
 * Shutdown steps are declared first, so a signal (or a failure) during start-up still closes what was opened.
 */
export async function startService(config: AppConfig, knowledgeDir: string, logger: Logger): Promise<void> {
  const platforms: Platform[] = [...(config.slack ? ['slack' as const] : []), ...(config.discord ? ['discord' as const] : [])];
  const readiness = createReadiness({ platforms, inboxDegradedAfterMs: config.INBOX_DEGRADED_AFTER_MS });
  const metrics = createMetrics();
  let slack: SlackRunning | undefined;
  let discord: DiscordHandle | undefined;
  let store: DurableStore | undefined;
  let ops: OpsServer | undefined;
  let stopWatching = (): void => undefined;
  const digests: DigestScheduler[] = [];
  const inboxStats = () => (store ? store.inbox.inboxStats() : Promise.resolve({ pending: 0, oldestReceivedAt: null }));
  const inboxMetrics = registerInboxMetrics(metrics.registry, inboxStats, Date.now);
  const inbox = inboxSettings(config);
  const shutdown = installShutdown({
    logger,
    timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    steps: [
      { name: 'mark stopping', run: async () => readiness.stopping() },
      { name: 'digest', run: async () => void (await Promise.all(digests.map((d) => d.stop()))) },
      { name: 'slack', run: async () => slack?.stop() },
      { name: 'discord', run: async () => discord?.stop() },
      { name: 'inbox watch', run: async () => stopWatching() },
      { name: 'store', run: async () => store?.close() },
      { name: 'ops server', run: async () => ops?.close() },
    ],
  });
  process.on('unhandledRejection', (err) => {
    logger.error({ err }, 'unhandled rejection');
  });
  try {
    if (config.OPS_PORT) {
      ops = await startOpsServer({ port: config.OPS_PORT, host: config.OPS_HOST, registry: metrics.registry, health: readiness.status, logger: logger.child({ component: 'ops' }) });
    }
    store = await openStore(config, logger);
    stopWatching = watchInbox(inboxStats, readiness, { intervalMs: Math.min(inbox.pollMs, 5_000), clock: Date.now, logger });
    const built = await buildAdvisor(config, knowledgeDir, store, logger, createStats(store));
    const advisor = instrumentAdvisor(built.advisor, metrics);
    const { knowledge } = built;
    readiness.knowledgeLoaded();
    logger.info({ entries: knowledge.entries.length, pack: knowledge.pack.name }, 'knowledge loaded');
    const renderers = { ...(config.slack ? { slack: renderSlackReply } : {}), ...(config.discord ? { discord: renderDiscordReply } : {}) };
    logger.debug({ ms: await warmUp(knowledge, built.advisor, renderers, logger) }, 'core warmed up');
    if (config.slack) {
      slack = await startSlack({ env: config.slack, advisor, store, logger, inbox, inboxEvents: inboxMetrics.events('slack') });
      readiness.setPlatform('slack', 'connected');
      const digest = startDigest(config, slack.digestPoster, { store, logger });
      if (digest) digests.push(digest);
    }
    if (config.discord) {
      discord = await startDiscord({
        env: config.discord, advisor, store, logger, knowledgeDir, inbox, inboxEvents: inboxMetrics.events('discord'),
      });
      readiness.setPlatform('discord', 'connected');
      // Sharded, each shard process schedules its own and only the one that holds the channel posts (shard-main.ts).
      const digest = startDigest(config, discord.digestPoster, { store, logger });
      if (digest) digests.push(digest);
    }
    logger.info({ platforms }, 'ml-advisor is running');
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    await shutdown.shutdown('start-up failed', 1);
  }
}
