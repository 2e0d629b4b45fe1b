import type { Logger } from 'pino';
import { defaultChannelMode, type ChannelMode } from './channels/channel-mode.js';
import { followsThread } from './channels/follow-thread.js';
import { handle, type HandleContext, type AdvisorSettings, defaultSettings } from './handle.js';
import type { Knowledge } from './knowledge/schema.js';
import type { CoreMessage } from './message.js';
import type { Reply } from './reply.js';
import type { Store } from './store/store.js';
import { buildIndex, type KnowledgeIndex } from './match/knowledge-index.js';

/** The core with its dependencies bound: what adapters hold. */
export interface Advisor {
  readonly index: KnowledgeIndex;
  handle(message: CoreMessage): Promise<Reply>;
  /** A channel's mode as stored (`mention` when never set). */
  channelMode(platform: string, channelId: string): Promise<ChannelMode>;
  /** Whether an unmentioned message in a channel thread continues a conversation the bot is following. */
  followsThread(message: Pick<CoreMessage, 'platform' | 'conversationId' | 'threadId' | 'userId'>): Promise<boolean>;
}

export interface AdvisorDeps {
  knowledge: Knowledge;
  store: Store;
  logger: Logger;
  clock?: () => number;
  settings?: Partial<AdvisorSettings>;
  /** The admins' usage summary for `/ml-start stats`. */
  stats?: () => Promise<string>;
  /** A prebuilt index (e.g. shared by several advisors over the same knowledge). */
  index?: KnowledgeIndex;
}

/** Builds the matcher index once and returns `handle` bound to it. */
export function createAdvisor(deps: AdvisorDeps): Advisor {
  const index = deps.index ?? buildIndex(deps.knowledge);
  const context: HandleContext = {
    index,
    store: deps.store,
    logger: deps.logger,
    clock: deps.clock ?? Date.now,
    settings: { ...defaultSettings, ...deps.settings },
    ...(deps.stats ? { stats: deps.stats } : {}),
  };
  return {
    index,
    handle: (message) => handle(message, context),
    channelMode: async (platform, channelId) => (await context.store.getChannelMode(platform, channelId)) ?? defaultChannelMode,
    followsThread: (message) => followsThread(message, context),
  };
}
