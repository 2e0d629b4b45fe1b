import { pino, type Logger } from 'pino';
import { createLogger } from '../ops/create-logger.js';
import { logLevelSchema } from '../ops/ops-env.js';

/** Logs of one-shot commands go to stderr, warnings and worse, so stdout stays the command's output. */
export function cliLogger(env: NodeJS.ProcessEnv): Logger {
  const parsed = logLevelSchema.safeParse(env.LOG_LEVEL?.trim().toLowerCase());
  const level = parsed.success ? parsed.data : 'warn';
  return createLogger({ level, pretty: false, destination: pino.destination({ dest: 2, sync: true }) });
}
