/** How retries of one record are spaced. */
export interface BackoffPolicy {
  /** Delay before the first retry. */
  minMs: number;
  /** The delay doubles per attempt up to this. */
  maxMs: number;
}

/**
 * The delay before retry number `attempt` (1 for the first retry): `minMs · 2^(attempt-1)` capped at `maxMs`, then
 * scaled into [50 %, 100 %] by `random` so that records failed by one outage do not all come back at once.
 */
export function retryDelayMs(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const ceiling = Math.min(policy.maxMs, policy.minMs * 2 ** exponent);
  return Math.round(ceiling * (0.5 + 0.5 * random()));
}
