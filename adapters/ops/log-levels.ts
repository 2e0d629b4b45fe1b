/** pino's levels with their numbers, plus `silent` (nothing is logged). Plain data: no zod, no pino to load. */
export const logLevelValues = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as const;

export type LogLevel = keyof typeof logLevelValues;

export const logLevels = Object.keys(logLevelValues) as [LogLevel, ...LogLevel[]];

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.hasOwn(logLevelValues, value);
}
