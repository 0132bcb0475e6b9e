import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBlueprint } from '../../blueprint/catalog.js';
import { formatIsoDate, parseIsoDate } from '../../dates/isoDate.js';
import { buildPlan } from '../buildPlan.js';
import { replan } from '../replan.js';
import type { Availability, Plan, Task } from '../types.js';
import { planOptionsArb } from './arbitraries.js';
import { mockDays, someSplitFits } from './mockOracle.js';

const ai103 = getBlueprint('AI-103@2026-04');
const weekdays30 = { mon: 30, tue: 30, wed: 30, thu: 30, fri: 30, sat: 0, sun: 0 };
const tasks = (p: Plan): Task[] => p.days.flatMap((d) => d.tasks);
const mocks = (p: Plan): Task[] => tasks(p).filter((t) => t.kind === 'mock-exam');
const sum = (list: readonly Task[], pick: (t: Task) => number) =>
  list.reduce((s, t) => s + pick(t), 0);
const idsBefore = (p: Plan, date: string) =>
  tasks(p)
    .filter((t) => t.date < date)
    .map((t) => t.id);

/** Five weeks of 30 minutes on weekdays before an AI-103 exam (120 minutes, 50 questions). */
const weekdayPlan = buildPlan({
  blueprint: ai103,
  start: '2026-05-04',
  examDate: '2026-06-06',
  availability: weekdays30,
});

describe('replan: the mock exam', () => {
  it('keeps a split mock when it takes most of the time left, and says so', () => {
    const { plan } = replan(weekdayPlan, {
      today: '2026-05-25',
      done: idsBefore(weekdayPlan, '2026-05-25'),
    });
    expect(mocks(plan).map((t) => [t.date, t.questions, t.minutes])).toEqual([
      ['2026-05-29', 10, 24],
      ['2026-06-01', 10, 24],
      ['2026-06-02', 10, 24],
      ['2026-06-03', 10, 24],
      ['2026-06-04', 10, 24],
    ]);
    expect(plan.warnings).toContain(
      'Sitting the full mock exam (50 questions in 120 minutes) takes more than half of the study time left before the exam (150 of 285 minutes). It stays in the plan because timed practice is what trains your pacing; add minutes to your study days or move the exam date later to make room for study.',
    );
    expect(plan.warnings.join(' ')).toMatch(/split into 5 timed parts on consecutive study days/);
  });

  it('plans only the rest of a split mock after some of its parts were sat', () => {
    const done = idsBefore(weekdayPlan, '2026-06-02');
    const { plan } = replan(weekdayPlan, { today: '2026-06-02', done });
    expect(mocks(plan).map((t) => [t.id, t.questions, t.minutes, t.title])).toEqual([
      ['2026-05-29:mock-exam:part-1', 10, 24, 'Mock exam part 1 of 5: 10 questions in 24 min'],
      ['2026-06-01:mock-exam:part-2', 10, 24, 'Mock exam part 2 of 5: 10 questions in 24 min'],
      ['2026-06-02:mock-exam:part-3', 10, 24, 'Mock exam part 3 of 5: 10 questions in 24 min'],
      ['2026-06-03:mock-exam:part-4', 10, 24, 'Mock exam part 4 of 5: 10 questions in 24 min'],
      ['2026-06-04:mock-exam:part-5', 10, 24, 'Mock exam part 5 of 5: 10 questions in 24 min'],
    ]);
  });

  it('leaves the mock out only when not even the fewest parts fit, saying what to do', () => {
    const done = idsBefore(weekdayPlan, '2026-06-04').filter((id) => !id.includes('mock-exam'));
    const { plan, moved } = replan(weekdayPlan, { today: '2026-06-04', done });
    expect(mocks(plan)).toEqual([]);
    expect(plan.warnings).toContain(
      'There is no room for the full mock exam (50 questions in 120 minutes): it needs a study day of 120 minutes. It is left out of the plan: add minutes to your study days or move the exam date later to sit it, and until then practise pacing with timed quizzes.',
    );
    expect(moved.filter((m) => m.taskId.includes('mock-exam'))).toHaveLength(4);
    expect(moved.every((m) => !m.taskId.includes('mock-exam') || m.to === null)).toBe(true);
  });
});

/** Checks a plan's mock from `from` on against what the free days allow. */
function expectMockKept(
  plan: Plan,
  availability: Availability,
  from: string,
  kept: readonly Task[],
): void {
  const { questionCount, durationMinutes } = plan.input.blueprint;
  const block = plan.input.blockMinutes;
  const keptMocks = kept.filter((t) => t.kind === 'mock-exam');
  const questionsLeft = questionCount - sum(keptMocks, (t) => t.questions ?? questionCount);
  const keptIds = new Set(keptMocks.map((t) => t.id));
  const fresh = mocks(plan).filter((t) => !keptIds.has(t.id));
  if (questionsLeft <= 0) {
    expect(fresh).toEqual([]);
    return;
  }
  const days = mockDays(plan, availability, from, kept);
  const minutesLeft = durationMinutes - sum(keptMocks, (t) => t.minutes);
  if (
    someSplitFits(
      days.map((d) => d.free),
      questionsLeft,
      minutesLeft,
      block,
    )
  )
    expect(fresh.length).toBeGreaterThan(0);
  if (fresh.length === 0) {
    // Left out with a warning saying what to do (or no study time is left at all, which says so).
    expect(plan.warnings.join(' ')).toMatch(
      /left out of the plan: add minutes|No study time is left .* add time or move the exam date/,
    );
    return;
  }
  // The parts add up to the exam and sit on consecutive study days.
  expect(sum(mocks(plan), (t) => t.minutes)).toBe(durationMinutes);
  expect(sum(mocks(plan), (t) => t.questions ?? 0)).toBe(questionCount);
  const dates = days.map((d) => d.date);
  const first = dates.indexOf(fresh[0]!.date);
  expect(fresh.map((t) => t.date)).toEqual(dates.slice(first, first + fresh.length));
}

describe('mock exam properties (random blueprints, availabilities and masteries)', () => {
  it('buildPlan: whenever some split fits, the mock is planned and its parts add up to the exam', () => {
    fc.assert(
      fc.property(planOptionsArb(), (options) => {
        const plan = buildPlan(options);
        expectMockKept(plan, options.availability, options.start, []);
      }),
      { numRuns: 150 },
    );
  });

  it('replan: whenever some split of what is left fits, it is planned and the parts add up to the exam', () => {
    const caseArb = planOptionsArb(60).chain((o) => {
      const built = buildPlan(o);
      return fc.record({
        options: fc.constant(o),
        plan: fc.constant(built),
        todayOffset: fc.integer({ min: 0, max: built.days.length - 1 }),
        done: fc.subarray(tasks(built).map((t) => t.id)),
        availability: fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }),
      });
    });
    fc.assert(
      fc.property(caseArb, ({ options, plan, todayOffset, done, availability }) => {
        const today = formatIsoDate(parseIsoDate(options.start)! + todayOffset);
        const result = replan(plan, {
          today,
          done,
          ...(availability === undefined ? {} : { availability }),
        });
        const kept = tasks(plan).filter((t) => done.includes(t.id));
        expectMockKept(result.plan, availability ?? options.availability, today, kept);
      }),
      { numRuns: 150 },
    );
  });
});
