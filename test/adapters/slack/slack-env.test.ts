import { describe, expect, it } from 'vitest';
import { readSlackEnv } from '../../../adapters/slack/slack-env.js';

const problemsOf = (source: Record<string, string | undefined>): string[] => {
  const result = readSlackEnv(source);
  return result.ok ? [] : result.problems;
};

describe('GIVEN the Slack environment', () => {
  it('WHEN only a bot token and a signing secret are set THEN HTTP mode on port 3000 against Slack', () => {
    const result = readSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' });
    expect(result).toEqual({
      ok: true,
      env: {
        mode: 'http', botToken: 'xoxb-1-2-abc', signingSecret: 'abcdef0123456789', appToken: undefined,
        apiUrl: 'https://slack.com/api/', port: 3000, channelModeCacheMs: 5000,
      },
    });
  });

  it('WHEN an app token is set THEN Socket Mode, no signing secret needed, API URL gets its slash', () => {
    const result = readSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A', SLACK_API_URL: 'http://127.0.0.1:9/api', PORT: '8080', SLACK_SIGNING_SECRET: '' });
    expect(result.ok && result.env).toMatchObject({ mode: 'socket', appToken: 'xapp-1-A', apiUrl: 'http://127.0.0.1:9/api/', port: 8080 });
  });

  it('WHEN the experts group and the channel mode cache are set THEN both are read', () => {
    const result = readSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_EXPERTS_GROUP: ' S0EXPERTS ', SLACK_CHANNEL_MODE_CACHE_MS: '0' });
    expect(result.ok && result.env).toMatchObject({ expertsGroup: 'S0EXPERTS', channelModeCacheMs: 0 });
  });

  it.each([
    [{}, /SLACK_BOT_TOKEN is missing/],
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 'abcdef0123456789' }, /SLACK_BOT_TOKEN must start with "xoxb-"/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_SIGNING_SECRET is missing: HTTP mode needs/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-wrong' }, /SLACK_APP_TOKEN must start with "xapp-"/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'not a url' }, /SLACK_API_URL must be/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', PORT: 'eighty' }, /PORT must be a number/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_EXPERTS_GROUP: '@ml-experts' }, /SLACK_EXPERTS_GROUP must be a user group id/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_CHANNEL_MODE_CACHE_MS: 'soon' }, /SLACK_CHANNEL_MODE_CACHE_MS must be a number/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_CHANNEL_MODE_CACHE_MS: '-1' }, /SLACK_CHANNEL_MODE_CACHE_MS must be 0 or more/],
  ])('WHEN %o THEN a readable problem names the variable', (source, message) => {
    const problems = problemsOf(source);
    expect(problems.some((p) => message.test(p)), problems.join(' | ')).toBe(true);
  });

  it('THEN no problem message repeats a token value', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: 'xoxp-secret-value', SLACK_APP_TOKEN: 'xoxa-other-secret' });
    expect(problems.join(' ')).not.toMatch(/secret-value|other-secret/);
  });
});
