import { describe, expect, it } from 'vitest';
import { ConfigError, readAppConfig } from '../../../adapters/config/app-config.js';
import { inboxSettings } from '../../../adapters/config/inbox-env.js';

const slack = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };
const discord = { DISCORD_TOKEN: 'a'.repeat(40), DISCORD_APPLICATION_ID: '123456789012345678' };

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    readAppConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  return [];
}

describe('readAppConfig', () => {
  it('GIVEN no settings THEN defaults, and no platform (the terminal chat)', () => {
    const config = readAppConfig({});
    expect(config).toMatchObject({ CONTEXT_TTL_MINUTES: 30, RATE_LIMIT_PER_MINUTE: 20, ADMIN_USER_IDS: [], OPS_PORT: 9090 });
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
  });

  it.each([
    ['Slack alone', slack, ['slack']],
    ['Discord alone', discord, ['discord']],
    ['both', { ...slack, ...discord }, ['slack', 'discord']],
  ])('GIVEN %s THEN exactly those platforms start', (_what, env, platforms) => {
    const config = readAppConfig(env);
    expect(['slack', 'discord'].filter((p) => config[p as 'slack' | 'discord'] !== undefined)).toEqual(platforms);
  });

  it.each([
    ['a Discord token without its application id', { DISCORD_TOKEN: discord.DISCORD_TOKEN }, 'DISCORD_APPLICATION_ID'],
    ['a Slack app token without a bot token', { SLACK_APP_TOKEN: 'xapp-1-A' }, 'SLACK_BOT_TOKEN'],
    ['production without a hash key', { NODE_ENV: 'production' }, 'USER_HASH_KEY'],
    ['a rate limit that is not a number', { RATE_LIMIT_PER_MINUTE: 'lots' }, 'RATE_LIMIT_PER_MINUTE'],
    ['a backlog lane of zero', { INBOX_RECOVERY_CONCURRENCY: '0' }, 'INBOX_RECOVERY_CONCURRENCY'],
    ['a backlog rate of a fraction', { INBOX_RECOVERY_PER_SECOND: '2.5' }, 'INBOX_RECOVERY_PER_SECOND'],
  ])('GIVEN %s THEN start-up fails naming %s', (_what, env, variable) => {
    const problems = problemsOf(env);
    expect(problems.some((p) => p.includes(variable)), problems.join(' | ')).toBe(true);
  });

  it('GIVEN no digest settings THEN no digest channel, Mondays 09:00 in UTC', () => {
    expect(readAppConfig({})).toMatchObject({ DIGEST_CRON: '0 9 * * 1', DIGEST_TZ: 'UTC' });
    expect(readAppConfig({}).DIGEST_SLACK_CHANNEL).toBeUndefined();
    const set = readAppConfig({ ...slack, ...discord, DIGEST_SLACK_CHANNEL: 'C0123456789', DIGEST_DISCORD_CHANNEL: '123456789012345679', DIGEST_CRON: '30 8 * * 1-5', DIGEST_TZ: 'Europe/Paris' });
    expect(set).toMatchObject({ DIGEST_SLACK_CHANNEL: 'C0123456789', DIGEST_DISCORD_CHANNEL: '123456789012345679', DIGEST_CRON: '30 8 * * 1-5', DIGEST_TZ: 'Europe/Paris' });
  });

  it.each([
    ['a cron of four fields', { DIGEST_CRON: '15 7 * *' }, 'DIGEST_CRON must be a cron expression'],
    ['a cron that never runs', { DIGEST_CRON: '0 9 31 2 *' }, 'DIGEST_CRON never runs'],
    ['a zone that does not exist', { DIGEST_TZ: 'Mars/Olympus_Mons' }, 'DIGEST_TZ must be an IANA time zone'],
    ['a channel name instead of its id', { ...slack, DIGEST_SLACK_CHANNEL: '#ml-digest' }, 'DIGEST_SLACK_CHANNEL must be a Slack channel id'],
    ['a Discord channel that is not an id', { ...discord, DIGEST_DISCORD_CHANNEL: 'digest' }, 'DIGEST_DISCORD_CHANNEL must be a Discord channel id'],
    ['a Slack digest without Slack', { DIGEST_SLACK_CHANNEL: 'C0123456789' }, 'DIGEST_SLACK_CHANNEL is set but Slack is not configured'],
    ['a Discord digest without Discord', { ...slack, DIGEST_DISCORD_CHANNEL: '123456789012345679' }, 'DIGEST_DISCORD_CHANNEL is set but Discord is not configured'],
  ])('GIVEN %s THEN start-up fails with a clear message, without the value', (_what, env, message) => {
    const problems = problemsOf(env);
    expect(problems.some((p) => p.includes(message)), problems.join(' | ')).toBe(true);
    for (const value of Object.values(env).filter((v) => !Object.values({ ...slack, ...discord }).includes(v))) {
      expect(problems.join(' ')).not.toContain(value);
    }
  });

  it('GIVEN several problems THEN each is listed once AND no value is echoed', () => {
    const problems = problemsOf({ NODE_ENV: 'production', SLACK_BOT_TOKEN: 'xoxp-leaky-value', OPS_PORT: 'ninety' });
    expect(new Set(problems).size).toBe(problems.length);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.join(' ')).not.toContain('leaky-value');
  });

  it('GIVEN the backlog lane width, rate and delay THEN the inbox settings carry them (default 4 at once, 10 a second, 1 s)', () => {
    expect(inboxSettings(readAppConfig({}))).toMatchObject({ recoveryConcurrency: 4, recoveryPerSecond: 10, backlogDelayMs: 1_000 });
    const set = inboxSettings(readAppConfig({ INBOX_RECOVERY_CONCURRENCY: '2', INBOX_RECOVERY_PER_SECOND: '25', INBOX_BACKLOG_DELAY_MS: '0' }));
    expect(set).toMatchObject({ recoveryConcurrency: 2, recoveryPerSecond: 25, backlogDelayMs: 0 });
    expect(() => readAppConfig({ INBOX_BACKLOG_DELAY_MS: 'soon' })).toThrow(/INBOX_BACKLOG_DELAY_MS/);
  });

  it('GIVEN blank values THEN they count as unset', () => {
    expect(readAppConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', ADMIN_USER_IDS: 'U1, U2,' })).toMatchObject({ ADMIN_USER_IDS: ['U1', 'U2'] });
  });
});
