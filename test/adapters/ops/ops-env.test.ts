import { describe, expect, it } from 'vitest';
import { OpsEnvError, parseOpsEnv } from '../../../adapters/ops/ops-env.js';

describe('parseOpsEnv', () => {
  it('GIVEN nothing set THEN defaults to a loopback server on 9090, info logs and a 10 s shutdown', () => {
    expect(parseOpsEnv({})).toEqual({ OPS_PORT: 9090, OPS_HOST: '127.0.0.1', LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: 10_000 });
  });

  it('GIVEN blank values as a .env file writes them THEN they mean the defaults', () => {
    expect(parseOpsEnv({ OPS_PORT: '', OPS_HOST: ' ', LOG_LEVEL: '', SHUTDOWN_TIMEOUT_MS: '' })).toEqual(parseOpsEnv({}));
  });

  it('GIVEN strings from the environment THEN coerces them', () => {
    expect(parseOpsEnv({ OPS_PORT: '0', OPS_HOST: '0.0.0.0', LOG_LEVEL: 'DEBUG', SHUTDOWN_TIMEOUT_MS: '5000' })).toEqual({
      OPS_PORT: 0,
      OPS_HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      SHUTDOWN_TIMEOUT_MS: 5000,
    });
  });

  it('GIVEN several bad values THEN lists every problem by variable name in one readable error', () => {
    let error: unknown;
    try {
      parseOpsEnv({ OPS_PORT: '70000', OPS_HOST: 'http://x y', LOG_LEVEL: 'loud', SHUTDOWN_TIMEOUT_MS: '60000' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OpsEnvError);
    const { problems, message } = error as OpsEnvError;
    expect(problems).toHaveLength(4);
    expect(message).toContain('OPS_PORT: OPS_PORT must be between 0 and 65535');
    expect(message).toContain('OPS_HOST: OPS_HOST must be an IP address or a host name');
    expect(message).toContain('LOG_LEVEL: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent');
    expect(message).toContain('SHUTDOWN_TIMEOUT_MS: SHUTDOWN_TIMEOUT_MS must stay under 25000');
  });

  it('GIVEN a port that is not a number THEN says so', () => {
    expect(() => parseOpsEnv({ OPS_PORT: 'ninety' })).toThrow(/OPS_PORT must be a port number/);
    expect(() => parseOpsEnv({ OPS_PORT: '80.5' })).toThrow(/OPS_PORT must be a whole number/);
  });
});
