import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { userKey } from '../../src/privacy/user-key.js';

describe('userKey', () => {
  it('GIVEN the same platform and user THEN the same key, and it never contains the raw id', () => {
    const key = userKey('slack', 'U0123ABCD');
    expect(userKey('slack', 'U0123ABCD')).toBe(key);
    expect(key).not.toContain('U0123ABCD');
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it.each([
    ['another user', () => userKey('slack', 'U0123ABCE')],
    ['the same id on another platform', () => userKey('discord', 'U0123ABCD')],
    ['a hash key', () => userKey('slack', 'U0123ABCD', 'secret')],
  ])('GIVEN %s THEN another key', (_what, other) => {
    expect(other()).not.toBe(userKey('slack', 'U0123ABCD'));
  });

  it('GIVEN two hash keys THEN two keys; the same hash key THEN the same key', () => {
    expect(userKey('slack', 'U1', 'k1')).not.toBe(userKey('slack', 'U1', 'k2'));
    expect(userKey('slack', 'U1', 'k1')).toBe(userKey('slack', 'U1', 'k1'));
  });

  it('GIVEN a key asked for again (remembered) THEN it is still the HMAC of platform and id under that hash key', () => {
    const fresh = createHmac('sha256', 'k3').update('slack:U9').digest('base64url').slice(0, 32);
    userKey('slack', 'U9', 'k4');
    expect(userKey('slack', 'U9', 'k3')).toBe(fresh);
    expect(userKey('slack', 'U9', 'k3')).toBe(fresh);
  });

});
