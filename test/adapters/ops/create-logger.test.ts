import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, wantsPretty } from '../../../adapters/ops/create-logger.js';
import { scrubSecrets } from '../../../adapters/ops/scrub-secrets.js';

const slackToken = 'xoxb-1111111111-2222222222-AbCdEfGhIjKlMnOpQrStUvWx';
const appToken = 'xapp-1-A0123456789-1234567890123-abcdef0123456789';
const discordToken = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const secrets = [slackToken, appToken, discordToken, 'hunter2-signing', 's3cret-pg-pass', 'hash-key-value'];

function capture(pretty = false): { logger: ReturnType<typeof createLogger>; text: () => string } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger({ level: 'trace', pretty, destination }), text: () => chunks.join('') };
}

function logEverywhere(logger: ReturnType<typeof createLogger>): void {
  logger.info({ token: slackToken, slack: { botToken: slackToken, appToken, signingSecret: 'hunter2-signing' } }, 'slack config');
  logger.info({ discord: { token: discordToken }, db: { password: 's3cret-pg-pass' } }, 'nested');
  logger.info({ env: { SLACK_BOT_TOKEN: slackToken, USER_HASH_KEY: 'hash-key-value' } }, 'whole environment');
  logger.info({ DATABASE_URL: 'postgres://bot:s3cret-pg-pass@db:5432/ml' }, 'top-level variable');
  logger.info({ req: { headers: { authorization: `Bearer ${slackToken}` } } }, 'request');
  logger.error({ err: new Error(`auth failed for ${slackToken} at postgres://bot:s3cret-pg-pass@db/ml`) }, 'boom');
  logger.error({ err: new Error(`Authorization: Bot ${discordToken}`) }, 'discord');
}

describe('createLogger', () => {
  it('GIVEN tokens, secrets and passwords in log objects and errors THEN none of them appears in the JSON output', () => {
    const { logger, text } = capture();
    logEverywhere(logger);
    const output = text();
    const lines = output.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    for (const secret of secrets) expect(output).not.toContain(secret);
    expect(lines[0]).toMatchObject({ msg: 'slack config', token: '[redacted]', slack: { botToken: '[redacted]' } });
    expect(lines[2]).toMatchObject({ env: '[redacted]' });
    expect(lines[5]).toMatchObject({ level: 50, err: { type: 'Error' } });
    expect((lines[5]?.err as { message: string }).message).toBe('auth failed for [redacted] at postgres://bot:[redacted]@db/ml');
  });

  it('GIVEN pretty output THEN the same secrets stay out and lines are human-readable', () => {
    const { logger, text } = capture(true);
    logEverywhere(logger);
    const output = text();
    for (const secret of secrets) expect(output).not.toContain(secret);
    expect(output).toMatch(/INFO.*slack config/);
    expect(output).not.toMatch(/^\{/m);
  });

  it('GIVEN a level THEN drops the lines below it', () => {
    const chunks: string[] = [];
    const destination = new Writable({ write: (chunk: Buffer, _e, done) => done(void chunks.push(chunk.toString())) });
    const logger = createLogger({ level: 'warn', pretty: false, destination });
    logger.info('quiet');
    logger.warn('loud');
    expect(chunks.join('')).toContain('loud');
    expect(chunks.join('')).not.toContain('quiet');
  });
});

describe('wantsPretty', () => {
  it.each([
    [true, 'development', true],
    [true, undefined, true],
    [true, 'production', false],
    [false, 'development', false],
    [undefined, undefined, false],
  ])('GIVEN isTTY=%s and NODE_ENV=%s THEN pretty is %s', (isTTY, nodeEnv, expected) => {
    expect(wantsPretty({ isTTY, nodeEnv })).toBe(expected);
  });
});

describe('scrubSecrets', () => {
  it('GIVEN a failed interaction edit or response_url post THEN the token and the URL secret are masked', () => {
    const token = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTpzZWNyZXQ';
    const edit = `PATCH https://discord.com/api/v10/webhooks/123456789012345678/${token}/messages/@original`;
    expect(scrubSecrets(edit)).toBe('PATCH https://discord.com/api/v10/webhooks/123456789012345678/[redacted]/messages/@original');
    expect(scrubSecrets(`/interactions/1/${token}/callback`)).toBe('/interactions/1/[redacted]/callback');
    expect(scrubSecrets('url https://hooks.slack.com/commands/T1/42/AbCdEf123 failed')).toBe('url https://hooks.slack.com/commands/[redacted] failed');
  });

  it('GIVEN an error carrying the request URL as a field THEN the logged field is masked', () => {
    const { logger, text } = capture();
    logger.error({ err: Object.assign(new Error('Service Unavailable'), { url: 'http://x/api/v10/webhooks/1/tok-0123456789abcdefgh' }) }, 'retry');
    expect(text()).toContain('/webhooks/1/[redacted]');
    expect(text()).not.toContain('tok-0123456789abcdefgh');
  });

  it('GIVEN text without secrets THEN leaves it alone', () => {
    const text = 'connect ECONNREFUSED 127.0.0.1:5432 at https://slack.com/api/chat.postMessage';
    expect(scrubSecrets(text)).toBe(text);
  });
});
