import { pino, type Logger } from 'pino';
import { createLogger } from '../ops/create-logger.js';
import type { LogLevel } from '../ops/ops-env.js';

/** Logs of one-shot commands go to stderr, warnings and worse, so stdout stays the command's output. */
export function cliLogger(env: NodeJS.ProcessEnv): Logger {
  const level = (env.LOG_LEVEL ?? 'warn') as LogLevel;
  return createLogger({ level, pretty: false, destination: pino.destination({ dest: 2, sync: true }) });
}
