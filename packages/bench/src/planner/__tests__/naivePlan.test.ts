import { buildPlan } from '@certpace/core';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../harness/random.js';
import { naivePlan } from '../naivePlan.js';
import { PLAN_DAYS, planInput } from '../plannerInputs.js';

describe('the planner workload', () => {
  it('gives 180-day inputs the real planner accepts', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 20; i++) {
      const input = planInput(random);
      expect(buildPlan(input).days).toHaveLength(PLAN_DAYS);
    }
  });

  it('the naive reference fills each day with exactly its study time, in whole blocks', () => {
    const input = planInput(seededRandom(5));
    const days = naivePlan(input);
    expect(days).toHaveLength(PLAN_DAYS);
    const availability = input.availability as Record<string, number>;
    const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    for (const day of days) {
      const expected = availability[weekdays[new Date(`${day.date}T00:00:00Z`).getUTCDay()]!] ?? 0;
      const total = Object.values(day.minutesByDomain).reduce((sum, m) => sum + m, 0);
      expect(total).toBe(Math.floor(expected / 15) * 15);
    }
  });
});
