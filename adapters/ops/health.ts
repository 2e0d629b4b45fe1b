import type { Platform } from '../../src/message.js';

export type PlatformState = 'connecting' | 'connected' | 'disconnected';

/** The inbox as `/healthz` shows it: replies owed, the oldest one's age, and whether that is too old. */
export interface InboxHealth {
  pending: number;
  oldestAgeSeconds: number;
  stale: boolean;
}

/** What `/healthz` answers: `ok` only when every check passes. */
export interface HealthStatus {
  status: 'ok' | 'starting' | 'degraded' | 'stopping';
  checks: { knowledge: boolean; inbox?: InboxHealth } & Partial<Record<Platform, PlatformState>>;
}

/**
 * 200 when ready, and also when degraded only by a stale inbox (the process is alive and connected: restarting
 * it would not help); 503 while starting, stopping, or with a platform down.
 */
export function healthHttpStatus(health: HealthStatus): 200 | 503 {
  if (health.status === 'ok') return 200;
  const { knowledge, inbox: _inbox, ...platforms } = health.checks;
  const connected = knowledge && Object.values(platforms).every((state) => state === 'connected');
  return health.status === 'degraded' && connected ? 200 : 503;
}

/** The readiness state the composition root updates as things start, drop and stop. */
export interface Readiness {
  knowledgeLoaded(): void;
  setPlatform(platform: Platform, state: PlatformState): void;
  /** The inbox's latest figures; stale (degraded) once the oldest reply owed is older than `inboxDegradedAfterMs`. */
  setInbox(pending: number, oldestAgeMs: number): void;
  /** Called first on shutdown: `/healthz` turns 503 so load balancers stop sending work. */
  stopping(): void;
  status(): HealthStatus;
}

/**
 * Ready when the knowledge is loaded and every configured platform is connected. Each configured platform
 * starts as `connecting`; a platform that was never configured is not a check.
 */
export function createReadiness(options: { platforms: readonly Platform[]; inboxDegradedAfterMs?: number }): Readiness {
  let knowledge = false;
  let inbox: InboxHealth | undefined;
  let stopping = false;
  let everReady = false;
  const platforms = new Map<Platform, PlatformState>(options.platforms.map((p) => [p, 'connecting']));

  const allUp = (): boolean => knowledge && [...platforms.values()].every((state) => state === 'connected');
  const status = (): HealthStatus => {
    const checks: HealthStatus['checks'] = { knowledge, ...Object.fromEntries(platforms), ...(inbox ? { inbox } : {}) };
    const up = allUp() && !inbox?.stale;
    const state: HealthStatus['status'] = stopping ? 'stopping' : up ? 'ok' : everReady ? 'degraded' : 'starting';
    return { status: state, checks };
  };

  return {
    knowledgeLoaded() {
      knowledge = true;
      everReady ||= allUp();
    },
    setPlatform(platform, state) {
      if (!platforms.has(platform)) {
        throw new Error(`platform ${platform} is not configured; configured: ${[...platforms.keys()].join(', ') || 'none'}`);
      }
      platforms.set(platform, state);
      everReady ||= allUp();
    },
    setInbox(pending, oldestAgeMs) {
      const stale = pending > 0 && oldestAgeMs > (options.inboxDegradedAfterMs ?? Infinity);
      inbox = { pending, oldestAgeSeconds: Math.round(oldestAgeMs / 1000), stale };
    },
    stopping() {
      stopping = true;
    },
    status,
  };
}
