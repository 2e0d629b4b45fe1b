import { RESTEvents, type REST } from 'discord.js';

/** Discord's global rate limit: a bot makes at most 50 REST requests a second, all routes together. */
const DISCORD_REQUESTS_PER_SECOND = 50;

/** Requests one backlog reply may take: a part or two, and a retried 5xx. */
const REQUESTS_PER_REPLY = 2;

/** Share of the budget the backlog never takes: room for new questions' replies arriving within the second. */
const KEEP_FOR_LIVE = 0.3;

/**
 * How many backlog replies Discord's request budget has room for now, from the requests this client made in the
 * last second. discord.js holds every request once the budget is spent (until the second is over), so a backlog
 * sent into a busy second would hold new questions' replies with it; the inbox runner starts backlog replies only
 * within this room (see `recoveryPerSecond` for its own cap).
 */
export function discordBacklogRoom(rest: REST, clock: () => number, perSecond = DISCORD_REQUESTS_PER_SECOND): () => number {
  const made: number[] = [];
  /** Keeps only the last second's requests (also while nobody asks, so the window never grows). */
  const lastSecond = (now: number): number => {
    while (made.length > 0 && made[0]! <= now - 1000) made.shift();
    return made.length;
  };
  rest.on(RESTEvents.Response, () => {
    const now = clock();
    lastSecond(now);
    made.push(now);
  });
  return () => Math.floor((perSecond * (1 - KEEP_FOR_LIVE) - lastSecond(clock())) / REQUESTS_PER_REPLY);
}

/** Resolves once `room()` is above 0, looking every 100 ms, or after `maxWaitMs` whatever it says. */
export async function whenRoom(room: () => number, maxWaitMs: number): Promise<void> {
  for (let waited = 0; room() <= 0 && waited < maxWaitMs; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}
