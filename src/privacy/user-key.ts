import { createHash, createHmac } from 'node:crypto';

/**
 * The id a user is stored under: a keyed hash (HMAC-SHA256) when a key is configured, so stored rows cannot
 * be joined back to platform accounts without it; a plain hash otherwise (development).
 */
export function userKey(platform: string, userId: string, hashKey?: string): string {
  const input = `${platform}:${userId}`;
  const digest = hashKey ? createHmac('sha256', hashKey).update(input) : createHash('sha256').update(input);
  return digest.digest('base64url').slice(0, 32);
}
