import { nextReminderAt } from '@certpace/db';
import { describe, expect, it } from 'vitest';
import { learnerRows, localTime } from '../seedLearners.js';

describe('the claims workload', () => {
  const dueAt = new Date('2027-03-01T07:00:00.000Z');
  const rows = learnerRows({ total: 2_000, due: 200, dueAt, offFraction: 0.3 });

  it('makes the first learners due at that minute, at their own local time', () => {
    for (const row of rows.slice(0, 200)) {
      expect(row.nextReminderAt).toEqual(dueAt);
      expect(row.reminderTime).toBe(localTime(dueAt, row.timezone!));
      // The stored instant is the one certpace itself would compute for that local time.
      expect(
        nextReminderAt(row.reminderTime!, row.timezone!, new Date(dueAt.getTime() - 60_000)),
      ).toEqual(dueAt);
    }
  });

  it('leaves every other learner due later that day, or with reminders off', () => {
    const others = rows.slice(200);
    const on = others.filter((row) => row.reminderEnabled);
    expect(on.length).toBeGreaterThan(others.length * 0.6);
    expect(on.length).toBeLessThan(others.length * 0.8);
    for (const row of on) {
      expect(row.nextReminderAt!.getTime()).toBeGreaterThan(dueAt.getTime());
      expect(row.nextReminderAt!.getTime() - dueAt.getTime()).toBeLessThanOrEqual(86_400_000);
    }
  });

  it('is the same workload every time', () => {
    expect(learnerRows({ total: 2_000, due: 200, dueAt, offFraction: 0.3 })).toEqual(rows);
  });
});
