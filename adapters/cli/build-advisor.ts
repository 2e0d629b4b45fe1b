import type { Logger } from 'pino';
import { createAdvisor, type Advisor } from '../../src/advisor.js';
import type { AdvisorSettings } from '../../src/handle.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import type { Store } from '../../src/store/store.js';
import type { AppConfig } from '../config/app-config.js';
import { cacheDir, cachedIndex } from './index-cache.js';
import { cachedKnowledge } from './knowledge-cache.js';

/** Why Discord refuses the `auto` and `confident` channel modes without the Message Content intent. */
const discordNeedsContent =
  'Discord only lets me read messages that mention me unless the Message Content intent is on. Enable it for the bot in the Developer Portal and set DISCORD_MESSAGE_CONTENT=true (see docs/discord.md), or keep this channel in mention mode.';

/** The core's settings from the validated configuration. */
export function advisorSettings(config: AppConfig): AdvisorSettings {
  return {
    contextTtlMs: config.CONTEXT_TTL_MINUTES * 60_000,
    rateLimit: config.RATE_LIMIT_PER_MINUTE ? { limit: config.RATE_LIMIT_PER_MINUTE, windowMs: 60_000 } : null,
    logQuestions: config.LOG_QUESTIONS,
    admins: config.ADMIN_USER_IDS,
    channelReading: config.discord && !config.discord.DISCORD_MESSAGE_CONTENT ? { discord: discordNeedsContent } : {},
    ...(config.USER_HASH_KEY ? { userHashKey: config.USER_HASH_KEY } : {}),
  };
}

/** Loads the knowledge, restores (or trains) the index and binds the core to the store: one advisor per process. */
export async function buildAdvisor(
  config: AppConfig,
  knowledgeDir: string,
  store: Store,
  logger: Logger,
  stats?: () => Promise<string>,
): Promise<{ advisor: Advisor; knowledge: Knowledge }> {
  const knowledge = await cachedKnowledge(knowledgeDir, cacheDir(process.env), logger);
  const advisor = createAdvisor({
    knowledge,
    index: await cachedIndex(knowledge, cacheDir(process.env), logger),
    store,
    logger: logger.child({ component: 'core' }),
    settings: advisorSettings(config),
    ...(stats ? { stats } : {}),
  });
  return { advisor, knowledge };
}
