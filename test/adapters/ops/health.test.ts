import { describe, expect, it } from 'vitest';
import { createReadiness, healthHttpStatus } from '../../../adapters/ops/health.js';

describe('createReadiness', () => {
  it('GIVEN a fresh start THEN is starting, with each configured platform connecting', () => {
    const readiness = createReadiness({ platforms: ['slack', 'discord'] });
    expect(readiness.status()).toEqual({ status: 'starting', checks: { knowledge: false, slack: 'connecting', discord: 'connecting' } });
  });

  it('GIVEN knowledge loaded but one platform still connecting THEN is not ok', () => {
    const readiness = createReadiness({ platforms: ['slack', 'discord'] });
    readiness.knowledgeLoaded();
    readiness.setPlatform('slack', 'connected');
    expect(readiness.status().status).toBe('starting');
  });

  it('GIVEN knowledge and every platform up THEN is ok; a drop later is degraded, shutdown is stopping', () => {
    const readiness = createReadiness({ platforms: ['slack', 'discord'] });
    readiness.setPlatform('slack', 'connected');
    readiness.setPlatform('discord', 'connected');
    expect(readiness.status().status).toBe('starting');
    readiness.knowledgeLoaded();
    expect(readiness.status()).toEqual({ status: 'ok', checks: { knowledge: true, slack: 'connected', discord: 'connected' } });
    readiness.setPlatform('discord', 'disconnected');
    readiness.setPlatform('discord', 'connecting');
    expect(readiness.status().status).toBe('degraded');
    readiness.setPlatform('discord', 'connected');
    expect(readiness.status().status).toBe('ok');
    readiness.stopping();
    expect(readiness.status().status).toBe('stopping');
  });

  it('GIVEN no chat platform (console only) THEN knowledge alone makes it ready', () => {
    const readiness = createReadiness({ platforms: [] });
    readiness.knowledgeLoaded();
    expect(readiness.status()).toEqual({ status: 'ok', checks: { knowledge: true } });
  });

  it('GIVEN a platform that was not configured THEN refuses to track it', () => {
    const readiness = createReadiness({ platforms: ['slack'] });
    expect(() => readiness.setPlatform('discord', 'connected')).toThrow(/discord is not configured; configured: slack/);
  });
});

describe('the inbox on /healthz', () => {
  it('GIVEN a reply owed longer than the threshold THEN degraded with the detail, still HTTP 200; ok again once sent', () => {
    const readiness = createReadiness({ platforms: ['slack'], inboxDegradedAfterMs: 60_000 });
    readiness.knowledgeLoaded();
    readiness.setPlatform('slack', 'connected');
    readiness.setInbox(3, 59_000);
    expect(readiness.status().status).toBe('ok');
    readiness.setInbox(3, 61_000);
    const health = readiness.status();
    expect(health).toEqual({ status: 'degraded', checks: { knowledge: true, slack: 'connected', inbox: { pending: 3, oldestAgeSeconds: 61, stale: true } } });
    expect(healthHttpStatus(health)).toBe(200);
    readiness.setInbox(0, 0);
    expect(readiness.status().status).toBe('ok');
  });

  it('GIVEN a platform down THEN degraded is 503 whatever the inbox says', () => {
    const readiness = createReadiness({ platforms: ['slack'], inboxDegradedAfterMs: 60_000 });
    readiness.knowledgeLoaded();
    readiness.setPlatform('slack', 'connected');
    readiness.setPlatform('slack', 'disconnected');
    readiness.setInbox(1, 120_000);
    expect(healthHttpStatus(readiness.status())).toBe(503);
    expect(healthHttpStatus(createReadiness({ platforms: ['slack'] }).status())).toBe(503);
  });
});
