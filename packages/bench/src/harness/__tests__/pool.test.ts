import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPool } from '../pool.js';

describe('runPool', () => {
  it('keeps at most `concurrency` calls in flight and returns results in item order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        async (delays, concurrency) => {
          let inFlight = 0;
          let most = 0;
          const results = await runPool(delays, concurrency, async (delay, index) => {
            inFlight += 1;
            most = Math.max(most, inFlight);
            await sleep(delay);
            inFlight -= 1;
            return index;
          });
          expect(results).toEqual(delays.map((_, i) => i));
          expect(most).toBeLessThanOrEqual(concurrency);
          if (delays.length >= concurrency) expect(most).toBe(concurrency);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a concurrency that is not a whole number from 1', async () => {
    await expect(runPool([1], 0, async () => 1)).rejects.toThrow(RangeError);
  });
});
