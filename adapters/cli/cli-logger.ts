import type { Logger } from 'pino';
import { createLogger, loadPino } from '../ops/create-logger.js';
import { isLogLevel, logLevelValues, type LogLevel } from '../ops/log-levels.js';

const noop = (): void => {};

/**
 * Logs of one-shot commands go to stderr, warnings and worse, so stdout stays the command's output. The pino
 * logger is made on the first call at or above the level: an `ask` that logs nothing never loads pino (~50 ms).
 */
export function cliLogger(env: NodeJS.ProcessEnv): Logger {
  const wanted = env.LOG_LEVEL?.trim().toLowerCase();
  const level: LogLevel = isLogLevel(wanted) ? wanted : 'warn';
  let real: Logger | undefined;
  const logger = (): Logger =>
    (real ??= createLogger({ level, pretty: false, destination: loadPino().pino.destination({ dest: 2, sync: true }) }));
  return new Proxy({} as Logger, {
    get(_target, key) {
      if (typeof key === 'string' && key in logLevelValues && logLevelValues[key as LogLevel] < logLevelValues[level]) return noop;
      const value: unknown = Reflect.get(logger(), key);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
}
