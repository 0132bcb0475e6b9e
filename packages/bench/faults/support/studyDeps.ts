import type { Database } from '@certpace/db';
import type { StudyDeps } from '@certpace/study';
import { seededRandom } from '../../src/harness/random.js';

/** A clock a test moves by hand. */
export interface ManualClock {
  (): Date;
  set(instant: Date | string): void;
  advance(ms: number): void;
}

export function manualClock(start: Date | string): ManualClock {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as ManualClock;
  clock.set = (instant) => {
    now = new Date(instant).getTime();
  };
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

export function studyDeps(database: Database, clock: () => Date, seed = 11): StudyDeps {
  return { db: database, clock, random: seededRandom(seed) };
}

/**
 * Calls `action` again while it fails with `database-unavailable`, as a user
 * told to "try again" would: right after a kill, the pool may hand out a
 * connection whose backend is already gone, once.
 */
export async function retryUnavailable<T>(action: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      const unavailable = (error as { code?: unknown })?.code === 'database-unavailable';
      if (!unavailable || attempt >= attempts) throw error;
    }
  }
}
