import type { Platform } from '../../src/message.js';

export type PlatformState = 'connecting' | 'connected' | 'disconnected';

/** What `/healthz` answers: `ok` only when every check passes. */
export interface HealthStatus {
  status: 'ok' | 'starting' | 'degraded' | 'stopping';
  checks: { knowledge: boolean } & Partial<Record<Platform, PlatformState>>;
}

/** The readiness state the composition root updates as things start, drop and stop. */
export interface Readiness {
  knowledgeLoaded(): void;
  setPlatform(platform: Platform, state: PlatformState): void;
  /** Called first on shutdown: `/healthz` turns 503 so load balancers stop sending work. */
  stopping(): void;
  status(): HealthStatus;
}

/**
 * Ready when the knowledge is loaded and every configured platform is connected. Each configured platform
 * starts as `connecting`; a platform that was never configured is not a check.
 */
export function createReadiness(options: { platforms: readonly Platform[] }): Readiness {
  let knowledge = false;
  let stopping = false;
  let everReady = false;
  const platforms = new Map<Platform, PlatformState>(options.platforms.map((p) => [p, 'connecting']));

  const allUp = (): boolean => knowledge && [...platforms.values()].every((state) => state === 'connected');
  const status = (): HealthStatus => {
    const checks: HealthStatus['checks'] = { knowledge, ...Object.fromEntries(platforms) };
    const state: HealthStatus['status'] = stopping ? 'stopping' : allUp() ? 'ok' : everReady ? 'degraded' : 'starting';
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
    stopping() {
      stopping = true;
    },
    status,
  };
}
