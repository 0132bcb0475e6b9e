import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBlueprint } from '../../blueprint/catalog.js';
import { formatIsoDate, parseIsoDate } from '../../dates/isoDate.js';
import { buildPlan } from '../buildPlan.js';
import { replan } from '../replan.js';
import type { Plan, Task, TaskKind } from '../types.js';
import { planOptionsArb } from './arbitraries.js';

const tasks = (p: Plan): Task[] => p.days.flatMap((d) => d.tasks);
const count = (p: Plan, kind: TaskKind) => tasks(p).filter((t) => t.kind === kind).length;

/** Replans on each of `todays` in turn, the learner having done every task before it. */
function followPlan(plan: Plan, todays: readonly string[]): Plan {
  let current = plan;
  for (const today of todays) {
    const done = tasks(current)
      .filter((t) => t.date < today)
      .map((t) => t.id);
    current = replan(current, { today, done }).plan;
  }
  return current;
}

/** Per domain: labs are a third of the learning sittings, reviews a third of the practice ones (rounded down). */
function expectRhythm(plan: Plan): void {
  const study = tasks(plan).filter((t) => !t.title.startsWith('Light review'));
  for (const { id } of plan.input.blueprint.domains) {
    const mine = study.filter((t) => t.domainId === id);
    const of = (kind: TaskKind) => mine.filter((t) => t.kind === kind).length;
    expect(of('lab')).toBe(Math.floor((of('learn') + of('lab')) / 3));
    expect(of('review')).toBe(Math.floor((of('quiz') + of('review')) / 3));
  }
}

describe('replan keeps the mix of task kinds', () => {
  it('keeps its labs and reviews through three weeks of daily replans where the learner did everything', () => {
    const plan = buildPlan({
      blueprint: getBlueprint('AI-103@2026-04'),
      start: '2027-02-01',
      examDate: '2027-03-15',
      availability: { mon: 60, tue: 60, wed: 60, thu: 60, fri: 60, sat: 180, sun: 0 },
    });
    const todays = plan.days.slice(1, 22).map((d) => d.date);
    const followed = followPlan(plan, todays);
    expectRhythm(plan);
    expectRhythm(followed);
    expect(count(plan, 'lab')).toBe(15);
    expect(Math.abs(count(followed, 'lab') - count(plan, 'lab'))).toBeLessThanOrEqual(1);
    expect(Math.abs(count(followed, 'review') - count(plan, 'review'))).toBeLessThanOrEqual(1);
  });

  it('gives back the same tasks when replanned on its own start day with nothing done', () => {
    fc.assert(
      fc.property(planOptionsArb(), (options) => {
        const plan = buildPlan(options);
        expect(replan(plan, { today: options.start, done: [] }).plan).toEqual(plan);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every domain’s rhythm and about the same number of labs through successive replans', () => {
    const caseArb = planOptionsArb(60).chain((options) =>
      fc.record({
        options: fc.constant(options),
        steps: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(caseArb, ({ options, steps }) => {
        const plan = buildPlan(options);
        const start = parseIsoDate(options.start)!;
        const todays: string[] = [];
        let day = start;
        for (const step of steps) {
          day += step;
          if (day >= start + plan.days.length) break;
          todays.push(formatIsoDate(day));
        }
        const followed = followPlan(plan, todays);
        expectRhythm(followed);
        // The days from today on are sequenced again, so a domain's sittings may be cut
        // differently: at most one lab more or less per domain, plus one per day replanned.
        const daysPast = todays.length === 0 ? 0 : parseIsoDate(todays.at(-1)!)! - start;
        expect(Math.abs(count(followed, 'lab') - count(plan, 'lab'))).toBeLessThanOrEqual(
          daysPast + options.blueprint.domains.length,
        );
      }),
      { numRuns: 80 },
    );
  });
});
