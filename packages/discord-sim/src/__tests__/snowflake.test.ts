import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_EPOCH, SnowflakeFactory, shardOfGuild, snowflakeTime } from '../util/snowflake.js';

describe('snowflakes', () => {
  it('are unique, increasing and 17 to 19 digits long, whatever the clock does (until 2080)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3_500_000_000_000 }), { minLength: 1, maxLength: 200 }),
        (times) => {
          let index = 0;
          const factory = new SnowflakeFactory(() => times[index++ % times.length] as number);
          const ids = times.map(() => factory.next());
          for (let i = 1; i < ids.length; i += 1) {
            if (BigInt(ids[i] as string) <= BigInt(ids[i - 1] as string)) return false;
          }
          return ids.every((id) => /^\d{17,19}$/.test(id));
        },
      ),
    );
  });

  it('place a guild on the shard asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.nat(), (count, seed) => {
        const shard = seed % count;
        const factory = new SnowflakeFactory(() => Date.now());
        return shardOfGuild(factory.nextOnShard(shard, count), count) === shard;
      }),
    );
  });

  it('carry the time they were made', () => {
    const now = Date.parse('2027-02-01T08:00:00Z');
    expect(snowflakeTime(new SnowflakeFactory(() => now).next())).toBe(now);
    expect(DISCORD_EPOCH).toBe(Date.parse('2015-01-01T00:00:00Z'));
  });
});
