import { createRequire } from 'node:module';
import type PinoPretty from 'pino-pretty';
import type * as Pino from 'pino';
import type { DestinationStream, Logger } from 'pino';
import type { LogLevel } from './log-levels.js';
import { scrubSecrets } from './scrub-secrets.js';

// pino is loaded when a logger is made (a one-shot command that never logs need not load it, see cli-logger),
// pino-pretty only for a person at a terminal.
const require = createRequire(import.meta.url);
export const loadPino = (): typeof Pino => require('pino') as typeof Pino;
const loadPretty = (): typeof PinoPretty => require('pino-pretty') as typeof PinoPretty;

/**
 * Paths whose values never reach a log. pino's wildcards match one level, so each key is listed at the top level
 * and one level down (`{ token }` and `{ slack: { token } }`); whole environments (`env`) are censored outright.
 */
const secretKeys = [
  'token',
  'botToken',
  'appToken',
  'userToken',
  'signingSecret',
  'clientSecret',
  'stateSecret',
  'secret',
  'password',
  'authorization',
  'cookie',
  'apiKey',
  'hashKey',
  'connectionString',
  'databaseUrl',
  'DATABASE_URL',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'DISCORD_TOKEN',
  'DISCORD_BOT_TOKEN',
  'USER_HASH_KEY',
  'POSTGRES_PASSWORD',
];

export const redactPaths: string[] = [
  ...secretKeys.flatMap((key) => [key, `*.${key}`]),
  'env',
  '*.env',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["x-slack-signature"]',
  'config.headers.Authorization',
  '*.config.headers.Authorization',
];

export interface LoggerOptions {
  level: LogLevel;
  /** Human-readable lines (pino-pretty) instead of JSON: for a terminal, never in production. */
  pretty: boolean;
  /** Where lines go; stdout by default. Tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/** Pretty only when a person is watching: stdout is a terminal and NODE_ENV is not production. */
export function wantsPretty(options: { isTTY: boolean | undefined; nodeEnv: string | undefined }): boolean {
  return options.isTTY === true && options.nodeEnv !== 'production';
}

/**
 * Errors keep pino's shape (`type`, `message`, `stack`, own fields) with secrets masked in every text field
 * (a failed request's `url` holds an interaction token or a response URL).
 */
function errSerializer(err: Error): Record<string, unknown> {
  const serialized = loadPino().stdSerializers.err(err) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(serialized)) {
    if (typeof value === 'string') serialized[key] = scrubSecrets(value);
  }
  return serialized;
}

/** The one root logger: create it at the composition root and hand out `logger.child({ platform })`. */
export function createLogger(options: LoggerOptions): Logger {
  const { pino } = loadPino();
  const destination = options.pretty
    ? loadPretty()({
        colorize: options.destination === undefined,
        sync: true,
        translateTime: 'SYS:HH:MM:ss.l',
        destination: options.destination ?? 1,
      })
    : (options.destination ?? pino.destination({ dest: 1, sync: true }));
  return pino(
    {
      level: options.level,
      base: { name: 'ml-advisor' },
      redact: { paths: redactPaths, censor: '[redacted]' },
      serializers: { err: errSerializer, error: errSerializer },
    },
    destination,
  );
}
