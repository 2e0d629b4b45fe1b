import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

function line(parts: unknown[]): { err?: unknown; msg: string } {
  const err = parts.find((p) => p instanceof Error);
  const msg = parts
    .filter((p) => p !== err)
    .map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))
    .join(' ');
  return err ? { err, msg } : { msg };
}

/**
 * Bolt's logger interface on top of our pino logger, so Bolt's messages share our format and redaction.
 * Bolt's debug output is chatty: it stays at debug.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const log = (method: 'debug' | 'info' | 'warn' | 'error') => (...parts: unknown[]) => {
    const { err, msg } = line(parts);
    if (err) logger[method]({ err }, msg);
    else logger[method](msg);
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
