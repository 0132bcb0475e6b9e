import fc from 'fast-check';
import type { Blueprint } from '../../blueprint/types.js';
import { formatIsoDate, parseIsoDate, WEEKDAYS, weekdayOf } from '../../dates/isoDate.js';
import type { Availability, Mastery, PlanOptions } from '../types.js';

/** Random valid blueprints: 2 to 8 domains whose weight ranges can add up to 100%. */
export const blueprintArb: fc.Arbitrary<Blueprint> = fc
  .record({
    count: fc.integer({ min: 2, max: 8 }),
    durationMinutes: fc.integer({ min: 30, max: 180 }),
    questionCount: fc.integer({ min: 10, max: 80 }),
    seeds: fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 10 })), {
      minLength: 8,
      maxLength: 8,
    }),
  })
  .map(({ count, durationMinutes, questionCount, seeds }) => {
    const picked = seeds.slice(0, count);
    const total = picked.reduce((s, [m]) => s + m, 0);
    // Midpoints scaled to about 100, each range widened by its spread: mins stay under, maxes over.
    const domains = picked.map(([m, spread], i) => {
      const mid = (m / total) * 100;
      const min = Math.max(0, Math.floor(mid - spread));
      const max = Math.min(100, Math.ceil(mid + spread) + 1);
      return { id: `domain-${i + 1}`, name: `Domain ${i + 1}`, weight: [min, max] as const };
    });
    return {
      code: 'EX-100',
      version: '2026-01',
      title: 'Example exam',
      durationMinutes,
      questionCount,
      passingScore: 700,
      maxScore: 1000,
      source: 'https://example.com/exam',
      domains,
    };
  });

export const minutesArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 300 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 960 }) },
);

export const availabilityArb: fc.Arbitrary<Availability> = fc.oneof(
  fc.integer({ min: 15, max: 240 }),
  fc
    .tuple(...WEEKDAYS.map(() => minutesArb))
    .map((values) => Object.fromEntries(WEEKDAYS.map((d, i) => [d, values[i]!]))),
);

export function masteryArb(blueprint: Blueprint): fc.Arbitrary<Mastery> {
  return fc
    .array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), {
      minLength: blueprint.domains.length,
      maxLength: blueprint.domains.length,
    })
    .map((values) => {
      const mastery: Record<string, number> = {};
      blueprint.domains.forEach((d, i) => {
        if (values[i] !== undefined) mastery[d.id] = values[i];
      });
      return mastery;
    });
}

const BASE_DAY = parseIsoDate('2027-01-01')!;

/** Valid plan options: up to `maxDays` days of study with at least one study day. */
export function planOptionsArb(maxDays = 120): fc.Arbitrary<PlanOptions> {
  return blueprintArb.chain((blueprint) =>
    fc
      .record({
        offset: fc.integer({ min: 0, max: 365 }),
        length: fc.integer({ min: 1, max: maxDays }),
        availability: availabilityArb,
        mastery: masteryArb(blueprint),
        blockMinutes: fc.constantFrom(15, 15, 15, 30, 10),
      })
      .filter(({ offset, length, availability, blockMinutes }) => {
        // At least one day of the range must hold a block, or the plan is (rightly) refused.
        for (let day = BASE_DAY + offset; day < BASE_DAY + offset + length; day += 1) {
          const minutes =
            typeof availability === 'number' ? availability : (availability[weekdayOf(day)] ?? 0);
          if (minutes >= blockMinutes) return true;
        }
        return false;
      })
      .map(({ offset, length, availability, mastery, blockMinutes }) => ({
        blueprint,
        start: formatIsoDate(BASE_DAY + offset),
        examDate: formatIsoDate(BASE_DAY + offset + length),
        availability,
        mastery,
        blockMinutes,
      })),
  );
}
