import { describe, expect, it } from 'vitest';
import { hasRole } from '../../../adapters/discord/has-role.js';

describe('GIVEN the member of an interaction in a guild discord.js has not cached (raw API member)', () => {
  it('WHEN its role ids include the experts role THEN it has the role; otherwise, or malformed, it does not', () => {
    const member = (roles: unknown) => ({ roles, user: { id: 'u' } }) as unknown as Parameters<typeof hasRole>[0];
    expect(hasRole(member(['1', '2']), '2')).toBe(true);
    expect(hasRole(member(['1']), '2')).toBe(false);
    expect(hasRole(member('2'), '2')).toBe(false);
    expect(hasRole(null, '2')).toBe(false);
  });
});
