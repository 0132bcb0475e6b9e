import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../blueprint/types.js';
import { formatIsoDate, parseIsoDate, weekdayOf } from '../../dates/isoDate.js';
import { buildPlan } from '../buildPlan.js';
import type { Plan, PlanOptions } from '../types.js';
import { planOptionsArb } from './arbitraries.js';

const RUNS = { numRuns: 80 };
const blockOf = (options: PlanOptions) => options.blockMinutes ?? 15;

function availableOn(options: PlanOptions, date: string): number {
  const minutes =
    typeof options.availability === 'number'
      ? options.availability
      : (options.availability[weekdayOf(parseIsoDate(date)!)] ?? 0);
  return Math.floor(minutes / blockOf(options)) * blockOf(options);
}

const domainTasks = (plan: Plan) =>
  plan.days.flatMap((d) => d.tasks).filter((t) => t.domainId !== undefined);

describe('buildPlan properties (random blueprints, availabilities and masteries)', () => {
  it('covers every day from start to the eve of the exam and never exceeds a day’s availability', () => {
    fc.assert(
      fc.property(planOptionsArb(), (options) => {
        const plan = buildPlan(options);
        const start = parseIsoDate(options.start)!;
        expect(plan.days.map((d) => d.date)).toEqual(
          Array.from({ length: parseIsoDate(options.examDate)! - start }, (_, i) =>
            formatIsoDate(start + i),
          ),
        );
        for (const day of plan.days) {
          expect(day.tasks.reduce((s, t) => s + t.minutes, 0)).toBeLessThanOrEqual(
            availableOn(options, day.date),
          );
          for (const task of day.tasks) expect(task.date).toBe(day.date);
        }
      }),
      RUNS,
    );
  });

  it('gives the same plan, ids included, for the same input, with ids unique', () => {
    fc.assert(
      fc.property(planOptionsArb(), (options) => {
        const plan = buildPlan(options);
        expect(buildPlan(structuredClone(options))).toEqual(plan);
        const ids = plan.days.flatMap((d) => d.tasks.map((t) => t.id));
        expect(new Set(ids).size).toBe(ids.length);
      }),
      RUNS,
    );
  });

  it('never gives a domain fewer minutes for less mastery or more share', () => {
    const withMoreShare = (blueprint: Blueprint, index: number): Blueprint => ({
      ...blueprint,
      domains: blueprint.domains.map((d, i) =>
        i === index ? { ...d, weight: [d.weight[0], Math.min(100, d.weight[1] + 10)] as const } : d,
      ),
    });
    fc.assert(
      fc.property(
        planOptionsArb(),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (options, pick, lower) => {
          const index = pick % options.blueprint.domains.length;
          const id = options.blueprint.domains[index]!.id;
          const base = buildPlan(options).summary.minutesByDomain[id]!;
          const current = options.mastery?.[id] ?? 0.5;
          const weaker = buildPlan({
            ...options,
            mastery: { ...options.mastery, [id]: Math.min(current, lower) },
          });
          expect(weaker.summary.minutesByDomain[id]!).toBeGreaterThanOrEqual(base);
          const shared = buildPlan({
            ...options,
            blueprint: withMoreShare(options.blueprint, index),
          });
          expect(shared.summary.minutesByDomain[id]!).toBeGreaterThanOrEqual(base);
        },
      ),
      RUNS,
    );
  });

  it('keeps each domain’s cumulative share within 10 points of its target after the first week', () => {
    fc.assert(
      fc.property(planOptionsArb(), (options) => {
        const plan = buildPlan(options);
        const ids = options.blueprint.domains.map((d) => d.id);
        const given = Object.fromEntries(ids.map((id) => [id, 0]));
        let total = 0;
        plan.days.forEach((day, i) => {
          for (const t of day.tasks) {
            if (t.domainId === undefined) continue;
            given[t.domainId]! += t.minutes;
            total += t.minutes;
          }
          // The promise holds once a week has passed and 20 blocks of domain time are planned.
          if (i < 6 || total < 20 * blockOf(options)) return;
          for (const id of ids) {
            expect(Math.abs(given[id]! / total - plan.summary.priorities[id]!)).toBeLessThanOrEqual(
              0.1,
            );
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('touches every domain in the first two weeks when they hold as many blocks as there are domains', () => {
    fc.assert(
      fc.property(planOptionsArb(), (options) => {
        const plan = buildPlan(options);
        const cutoff = formatIsoDate(parseIsoDate(options.start)! + 14);
        const early = domainTasks(plan).filter((t) => t.date < cutoff);
        const blocks = early.reduce((s, t) => s + t.minutes / blockOf(options), 0);
        if (blocks < options.blueprint.domains.length) return;
        expect(new Set(early.map((t) => t.domainId)).size).toBe(options.blueprint.domains.length);
      }),
      RUNS,
    );
  });

  it('sits a full timed mock in the last 14 days when a day there has room for it', () => {
    fc.assert(
      fc.property(planOptionsArb(), (options) => {
        const plan = buildPlan(options);
        const { durationMinutes, questionCount } = options.blueprint;
        const study = plan.days.filter((d) => availableOn(options, d.date) > 0).map((d) => d.date);
        const lastStudyDay = study.at(-1);
        const windowStart = formatIsoDate(parseIsoDate(options.examDate)! - 14);
        const roomy = study.some(
          (d) =>
            d >= windowStart && d !== lastStudyDay && availableOn(options, d) >= durationMinutes,
        );
        // The mock is required: it is sat whole there even when it takes most of the plan's time.
        if (!roomy) return;
        const mocks = plan.days.flatMap((d) => d.tasks).filter((t) => t.kind === 'mock-exam');
        expect(mocks).toHaveLength(1);
        expect(mocks[0]).toMatchObject({ questions: questionCount, minutes: durationMinutes });
        expect(mocks[0]!.date >= windowStart).toBe(true);
      }),
      RUNS,
    );
  });

  it('makes the last study day a light review and puts learning before practice in each domain', () => {
    fc.assert(
      fc.property(planOptionsArb(), (options) => {
        const plan = buildPlan(options);
        const last = plan.days.filter((d) => d.tasks.length > 0).at(-1);
        if (!last) return;
        expect(last.tasks.every((t) => t.kind === 'review')).toBe(true);
        const minutes = last.tasks.reduce((s, t) => s + t.minutes, 0);
        const block = blockOf(options);
        expect(minutes).toBeLessThanOrEqual(
          Math.max(block, Math.floor(availableOn(options, last.date) / block / 2) * block),
        );
        const tasks = domainTasks(plan).filter((t) => t.date !== last.date);
        for (const { id } of options.blueprint.domains) {
          const mine = tasks.filter((t) => t.domainId === id);
          const lastLearning = mine
            .filter((t) => t.kind === 'learn' || t.kind === 'lab')
            .at(-1)?.date;
          const firstPractice = mine.find((t) => t.kind === 'quiz' || t.kind === 'review')?.date;
          if (lastLearning && firstPractice) expect(lastLearning <= firstPractice).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
