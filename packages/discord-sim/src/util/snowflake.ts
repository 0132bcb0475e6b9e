/** Milliseconds of 2015-01-01T00:00:00Z, the start of Discord's snowflake clock. */
export const DISCORD_EPOCH = 1_420_070_400_000;

/**
 * discord.js recognises ids of 17 to 19 digits only (its rate-limit routing
 * matches `\d{17,19}`), so timestamps are kept above the smallest one that
 * yields 17 digits even when a test's clock starts near the epoch.
 */
const MIN_TIMESTAMP = 2_400_000_000;

/** Makes unique, increasing snowflakes from a clock, as Discord does. */
export class SnowflakeFactory {
  #lastTimestamp = 0;
  #increment = 0;

  constructor(
    private readonly now: () => number,
    private readonly workerId = 1,
  ) {}

  next(): string {
    let timestamp = Math.max(this.now() - DISCORD_EPOCH, MIN_TIMESTAMP, this.#lastTimestamp);
    if (timestamp === this.#lastTimestamp) {
      this.#increment += 1;
      if (this.#increment > 0xfff) {
        timestamp += 1;
        this.#increment = 0;
      }
    } else {
      this.#increment = 0;
    }
    this.#lastTimestamp = timestamp;
    return this.#compose(timestamp);
  }

  /**
   * A guild id that lands on `shardId` of `shardCount`: Discord routes a guild
   * to shard `(guild_id >> 22) % shard_count`, so the timestamp part is moved
   * forward until it does.
   */
  nextOnShard(shardId: number, shardCount: number): string {
    let timestamp = Math.max(this.now() - DISCORD_EPOCH, MIN_TIMESTAMP, this.#lastTimestamp + 1);
    while (timestamp % shardCount !== shardId) timestamp += 1;
    this.#lastTimestamp = timestamp;
    this.#increment = 0;
    return this.#compose(timestamp);
  }

  #compose(timestamp: number): string {
    return (
      (BigInt(timestamp) << 22n) |
      (BigInt(this.workerId & 0x1f) << 17n) |
      BigInt(this.#increment)
    ).toString();
  }
}

/** The shard a guild's events go to. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The creation time (ms since 1970) encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number(BigInt(id) >> 22n) + DISCORD_EPOCH;
}
