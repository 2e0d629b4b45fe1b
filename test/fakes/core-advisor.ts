import { createAdvisor, type Advisor } from '../../src/advisor.js';
import type { AdvisorSettings } from '../../src/handle.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { Store } from '../../src/store/store.js';
import { manualClock } from './core-messages.js';
import { sharedIndex, silentLogger } from './test-advisor.js';

export { sharedIndex };

/** A real advisor over the shipped knowledge with a MemoryStore (or the store given), a manual clock and settings. */
export async function coreAdvisor<S extends Store = MemoryStore>(
  options: { settings?: Partial<AdvisorSettings>; store?: S; stats?: () => Promise<string> } = {},
): Promise<{ advisor: Advisor; store: S; clock: ReturnType<typeof manualClock> }> {
  const store = options.store ?? (new MemoryStore() as unknown as S);
  const clock = manualClock();
  const shared = await sharedIndex();
  const advisor = createAdvisor({
    knowledge: shared.knowledge,
    index: shared,
    store,
    logger: silentLogger(),
    clock: clock.now,
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.stats ? { stats: options.stats } : {}),
  });
  return { advisor, store, clock };
}

/** The channel half of an `Advisor` for hand-made test advisors: every channel in mention mode, no thread followed. */
export const mentionOnly: Pick<Advisor, 'channelMode' | 'followsThread'> = {
  channelMode: async () => 'mention',
  followsThread: async () => false,
};

/** A store whose every method throws, as a database that is down. */
export function brokenStore(): Store {
  const fail = async (): Promise<never> => {
    throw new Error('store is down');
  };
  const inbox = {
    recordInbound: fail, saveInboundReply: fail, retryInbound: fail, finishInbound: fail, claimInbound: fail, inboxStats: fail,
    recentInbound: fail, renewInbound: fail,
  };
  return {
    getContext: fail, setContext: fail, markEvent: fail, hitRateLimit: fail, addFeedback: fail, logQuestion: fail, close: fail,
    getChannelMode: fail, setChannelMode: fail, recordEscalation: fail, resolveEscalation: fail, addEntrySignal: fail,
    addGapVote: fail, claimDigest: fail, openGapNotices: fail, claimGapNotice: fail, releaseGapNotice: fail, inbox,
  };
}
