import { describe, expect, it } from 'vitest';
import { discordEnvSchema, DiscordEnvError, parseDiscordEnv } from '../../../adapters/discord/discord-env.js';
import { envExampleVariables } from '../../deploy/env-example.js';

const token = 'x'.repeat(24) + '.secret-part-of-the-token';
const valid = { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: '123456789012345678' };

function problems(env: Record<string, string | undefined>): string[] {
  try {
    parseDiscordEnv(env);
  } catch (err) {
    expect(err).toBeInstanceOf(DiscordEnvError);
    return (err as DiscordEnvError).problems;
  }
  return [];
}

describe('GIVEN the Discord settings', () => {
  it('WHEN only the required ones are set THEN the API defaults to Discord, sharding is off, message content is not asked for and no experts are tagged', () => {
    expect(parseDiscordEnv(valid)).toEqual({ ...valid, DISCORD_API_URL: 'https://discord.com/api', DISCORD_MESSAGE_CONTENT: false });
  });

  it('WHEN the Message Content intent and the experts role are set THEN they are parsed, and wrong values are named', () => {
    expect(parseDiscordEnv({ ...valid, DISCORD_MESSAGE_CONTENT: 'true', DISCORD_EXPERTS_ROLE: '223456789012345678' }))
      .toMatchObject({ DISCORD_MESSAGE_CONTENT: true, DISCORD_EXPERTS_ROLE: '223456789012345678' });
    const found = problems({ ...valid, DISCORD_MESSAGE_CONTENT: 'yes please', DISCORD_EXPERTS_ROLE: '@experts' });
    expect(found).toEqual([expect.stringContaining('DISCORD_MESSAGE_CONTENT'), expect.stringContaining('DISCORD_EXPERTS_ROLE')]);
  });

  it('WHEN optional ones are given (empty counts as unset) THEN they are parsed', () => {
    const env = parseDiscordEnv({ ...valid, DISCORD_GUILD_ID: '', DISCORD_API_URL: 'http://127.0.0.1:5555/api/', DISCORD_SHARDS: '4' });
    expect(env).toMatchObject({ DISCORD_API_URL: 'http://127.0.0.1:5555/api', DISCORD_SHARDS: 4 });
    expect(env.DISCORD_GUILD_ID).toBeUndefined();
  });

  it('WHEN settings are missing or wrong THEN every problem names its variable and the token is never echoed', () => {
    const found = problems({ DISCORD_TOKEN: 'short', DISCORD_APPLICATION_ID: 'abc', DISCORD_GUILD_ID: '12', DISCORD_API_URL: 'not a url', DISCORD_SHARDS: 'two' });
    expect(found).toHaveLength(5);
    for (const name of ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'DISCORD_SHARDS']) {
      expect(found.some((p) => p.includes(name))).toBe(true);
    }
    expect(problems({})).toEqual([expect.stringContaining('DISCORD_TOKEN'), expect.stringContaining('DISCORD_APPLICATION_ID')]);
    expect(JSON.stringify(problems({ ...valid, DISCORD_SHARDS: '0' }))).not.toContain(token);
  });

  it('WHEN .env.example is read THEN it lists every Discord variable', () => {
    const listed = envExampleVariables();
    expect(Object.keys(discordEnvSchema.shape).filter((name) => !listed.has(name))).toEqual([]);
  });
});
