import { z } from 'zod';
import { logLevels } from './log-levels.js';

export type { LogLevel } from './log-levels.js';

/** pino's levels, plus `silent`. */
export const logLevelSchema = z.enum(logLevels, {
  error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
});

/** An unset variable and `VAR=` in a .env file both mean "use the default". */
const blankIsUnset = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/**
 * The operations settings: where `/healthz` and `/metrics` listen, how much to log, and how long shutdown may
 * take. The composition root merges this shape into the one configuration schema (`...opsEnvSchema.shape`).
 */
export const opsEnvSchema = z.object({
  /** Port of the operations server (`/healthz`, `/metrics`). `0` turns it off. */
  OPS_PORT: z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ error: 'OPS_PORT must be a port number (0 turns the operations server off)' })
      .int({ error: 'OPS_PORT must be a whole number' })
      .min(0, { error: 'OPS_PORT must be between 0 and 65535 (0 turns the operations server off)' })
      .max(65535, { error: 'OPS_PORT must be between 0 and 65535 (0 turns the operations server off)' })
      .default(9090),
  ),
  /** Interface to bind. Loopback by default; the Docker image sets 0.0.0.0 so Prometheus can scrape it. */
  OPS_HOST: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^[A-Za-z0-9.:[\]_-]+$/, { error: 'OPS_HOST must be an IP address or a host name, e.g. 127.0.0.1' })
      .default('127.0.0.1'),
  ),
  LOG_LEVEL: z.preprocess(
    (value) => {
      const set = blankIsUnset(value);
      return typeof set === 'string' ? set.trim().toLowerCase() : set;
    },
    logLevelSchema.default('info'),
  ),
  /** Longest a graceful shutdown may take before the process exits with code 1; keep it under the grace period. */
  SHUTDOWN_TIMEOUT_MS: z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ error: 'SHUTDOWN_TIMEOUT_MS must be a number of milliseconds' })
      .int({ error: 'SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds' })
      .min(100, { error: 'SHUTDOWN_TIMEOUT_MS must be at least 100' })
      .max(25_000, { error: 'SHUTDOWN_TIMEOUT_MS must stay under 25000: Docker kills the process after 30 s' })
      .default(10_000),
  ),
});
export type OpsEnv = z.infer<typeof opsEnvSchema>;

/** Thrown with every problem listed, one a line, so start-up fails with a readable message. */
export class OpsEnvError extends Error {
  readonly code = 'OPS_ENV_INVALID';
  constructor(readonly problems: string[]) {
    super(`Invalid operations settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'OpsEnvError';
  }
}

/** Parses the operations variables out of an environment (usually `process.env`). */
export function parseOpsEnv(env: Record<string, string | undefined>): OpsEnv {
  const result = opsEnvSchema.safeParse(env);
  if (result.success) return result.data;
  throw new OpsEnvError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}
