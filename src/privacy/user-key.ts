import { createHash, createHmac } from 'node:crypto';

/** How many users' keys are remembered per hash key before the memo starts over. */
const MEMO_SIZE = 10_000;
/** Keys already worked out, per hash key ('' for none): hashing on every message was 2.3% of a profile of `handle`. */
const memos = new Map<string, Map<string, string>>();

/**
 * The id a user is stored under: a keyed hash (HMAC-SHA256) when a key is configured, so stored rows cannot
 * be joined back to platform accounts without it; a plain hash otherwise (development).
 */
export function userKey(platform: string, userId: string, hashKey?: string): string {
  const input = `${platform}:${userId}`;
  let memo = memos.get(hashKey ?? '');
  if (!memo) memos.set(hashKey ?? '', (memo = new Map()));
  const known = memo.get(input);
  if (known !== undefined) return known;
  const digest = hashKey ? createHmac('sha256', hashKey).update(input) : createHash('sha256').update(input);
  const key = digest.digest('base64url').slice(0, 32);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(input, key);
  return key;
}
