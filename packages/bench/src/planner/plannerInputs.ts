import { blueprints, type PlanOptions, WEEKDAYS, type Weekday } from '@certpace/core';
import { randomInt } from '../harness/random.js';
import { addDays } from './isoDays.js';

/** Days from start to exam: the 180-day plans the issue names. */
export const PLAN_DAYS = 180;

/**
 * A learner's plan input, varied as real ones are: any shipped outline, a
 * start within a year, 15-minute steps of study on some weekdays (weekends
 * longer), and a self-rating for some domains.
 */
export function planInput(random: () => number): PlanOptions {
  const blueprint = blueprints[randomInt(random, 0, blueprints.length - 1)]!;
  const start = addDays('2027-01-04', randomInt(random, 0, 364));
  const availability: Partial<Record<Weekday, number>> = {};
  for (const day of WEEKDAYS) {
    const weekend = day === 'sat' || day === 'sun';
    const studies = random() < (weekend ? 0.7 : 0.8);
    availability[day] = studies ? 15 * randomInt(random, weekend ? 2 : 1, weekend ? 12 : 6) : 0;
  }
  availability.wed = availability.wed || 45; // at least one study day a week
  const mastery: Record<string, number> = {};
  for (const domain of blueprint.domains) {
    if (random() < 0.6) mastery[domain.id] = Math.round(random() * 100) / 100;
  }
  return {
    blueprint,
    start,
    examDate: addDays(start, PLAN_DAYS),
    availability,
    mastery,
  };
}

/** What a learner did by `today`: most past tasks done, and scores that moved. */
export function progressBy(
  random: () => number,
  plan: {
    readonly days: readonly {
      readonly date: string;
      readonly tasks: readonly { readonly id: string }[];
    }[];
  },
  today: string,
  domains: readonly string[],
): { done: string[]; mastery: Record<string, number> } {
  const done = plan.days
    .filter((day) => day.date < today)
    .flatMap((day) => day.tasks.map((task) => task.id))
    .filter(() => random() < 0.8);
  const mastery = Object.fromEntries(
    domains.map((id) => [id, Math.round((0.3 + random() * 0.6) * 100) / 100]),
  );
  return { done, mastery };
}
