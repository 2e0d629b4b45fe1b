/** Discord's epoch (2015-01-01) in ms: a snowflake is (ms since then) << 22 | worker bits | increment. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, increasing snowflake id (19 digits, like Discord's). */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return ((BigInt(Date.now()) - DISCORD_EPOCH) << 22n | increment).toString();
}

/** Which shard a guild belongs to, by Discord's rule. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A guild id that lands on `shard` when there are `shardCount` shards. */
export function guildIdForShard(shard: number, shardCount: number, salt = 0): string {
  const base = BigInt(Date.now()) - DISCORD_EPOCH + BigInt(salt * shardCount);
  const ms = base - (base % BigInt(shardCount)) + BigInt(shard);
  return ((ms << 22n) | BigInt(salt & 0xfff)).toString();
}
