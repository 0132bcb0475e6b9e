import { describe, expect, it } from 'vitest';
import { getBlueprint } from '../../blueprint/catalog.js';
import { parseIsoDate, WEEKDAYS, weekdayOf } from '../../dates/isoDate.js';
import { allocateMinutes } from '../allocateMinutes.js';
import { buildPlan } from '../buildPlan.js';
import type { PlanOptions, Task } from '../types.js';

const ai102 = getBlueprint('AI-102@2024-06');
const ai103 = getBlueprint('AI-103@2026-04');
const week = { mon: 60, tue: 60, wed: 60, thu: 60, fri: 60, sat: 180, sun: 0 };
const design: PlanOptions = {
  blueprint: ai102,
  start: '2027-02-01',
  examDate: '2027-03-15',
  availability: week,
  mastery: { nlp: 0.3 },
};
const tasksOf = (plan: ReturnType<typeof buildPlan>): Task[] => plan.days.flatMap((d) => d.tasks);
const availableOn = (date: string, availability: typeof week) =>
  availability[weekdayOf(parseIsoDate(date)!)];

describe('buildPlan: the calendar', () => {
  it('returns every day from the start to the day before the exam, rest days included and empty', () => {
    const plan = buildPlan(design);
    expect(plan.days).toHaveLength(42);
    expect(plan.days[0]?.date).toBe('2027-02-01');
    expect(plan.days.at(-1)?.date).toBe('2027-03-14');
    for (const day of plan.days) {
      if (weekdayOf(parseIsoDate(day.date)!) === 'sun') expect(day.tasks).toEqual([]);
    }
  });

  it('never plans more than a day holds, in whole blocks', () => {
    const plan = buildPlan({ ...design, availability: { ...week, wed: 50 } });
    for (const day of plan.days) {
      const minutes = day.tasks.reduce((s, t) => s + t.minutes, 0);
      const holds = Math.floor(availableOn(day.date, { ...week, wed: 50 }) / 15) * 15;
      expect(minutes).toBeLessThanOrEqual(holds);
    }
  });

  it('accepts one number for every day', () => {
    const plan = buildPlan({ ...design, availability: 45 });
    expect(plan.days.every((d) => d.tasks.length > 0)).toBe(true);
  });

  it('leaves paused days empty', () => {
    const plan = buildPlan({ ...design, pauses: [{ from: '2027-02-08', to: '2027-02-14' }] });
    const paused = plan.days.filter((d) => d.date >= '2027-02-08' && d.date <= '2027-02-14');
    expect(paused.every((d) => d.tasks.length === 0)).toBe(true);
  });
});

describe('buildPlan: what each day holds', () => {
  it('names tasks for what they are and gives them ids from date, kind and domain', () => {
    const plan = buildPlan(design);
    const first = plan.days[0]!.tasks[0]!;
    expect(first).toMatchObject({
      id: '2027-02-01:learn:nlp',
      date: '2027-02-01',
      domainId: 'nlp',
      kind: 'learn',
      title: 'Learn: Implement natural language processing solutions',
    });
    const titles = new Set(tasksOf(plan).map((t) => t.title.split(':')[0]));
    expect([...titles].sort()).toEqual([
      'Full mock exam',
      'Hands-on lab',
      'Learn',
      'Light review',
      'Practice quiz',
      'Review',
    ]);
  });

  it('attaches the domain’s official resources to learning tasks only', () => {
    for (const task of tasksOf(buildPlan(design))) {
      if (task.kind === 'learn' || task.kind === 'lab') {
        expect(task.resources).toEqual(
          ai102.domains.find((d) => d.id === task.domainId)?.resources,
        );
      } else {
        expect(task.resources).toBeUndefined();
      }
    }
  });

  it('merges a domain’s blocks of one kind on a day into one task', () => {
    for (const day of buildPlan(design).days) {
      const keys = day.tasks.map((t) => `${t.domainId}/${t.kind}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('puts learning and labs first and practice after, in every domain', () => {
    const tasks = tasksOf(buildPlan(design));
    for (const domain of ai102.domains) {
      const mine = tasks.filter((t) => t.domainId === domain.id);
      const lastLearning = mine.filter((t) => t.kind === 'learn' || t.kind === 'lab').at(-1)!.date;
      const firstPractice = mine.find((t) => t.kind === 'quiz' || t.kind === 'review')!.date;
      expect(lastLearning <= firstPractice).toBe(true);
    }
  });

  it('makes the last study day a light review with nothing new', () => {
    const plan = buildPlan(design);
    const last = plan.days.filter((d) => d.tasks.length > 0).at(-1)!;
    expect(last.date).toBe('2027-03-13');
    expect(
      last.tasks.every((t) => t.kind === 'review' && t.title.startsWith('Light review: ')),
    ).toBe(true);
    expect(last.tasks.reduce((s, t) => s + t.minutes, 0)).toBe(90);
  });

  it('touches every domain in the first two weeks', () => {
    const early = new Set(
      tasksOf(buildPlan(design))
        .filter((t) => t.date < '2027-02-15')
        .map((t) => t.domainId),
    );
    expect(ai102.domains.every((d) => early.has(d.id))).toBe(true);
  });
});

describe('buildPlan: the mock exam', () => {
  it('sits a full timed mock on the day with room nearest a week before the exam', () => {
    const mocks = tasksOf(buildPlan(design)).filter((t) => t.kind === 'mock-exam');
    expect(mocks).toEqual([
      {
        id: '2027-03-06:mock-exam',
        date: '2027-03-06',
        kind: 'mock-exam',
        minutes: 100,
        title: 'Full mock exam: 50 questions in 100 min',
        questions: 50,
      },
    ]);
  });

  it('uses the exam’s own time: 120 minutes for AI-103', () => {
    const mock = tasksOf(buildPlan({ ...design, blueprint: ai103, mastery: {} })).find(
      (t) => t.kind === 'mock-exam',
    );
    expect(mock?.title).toBe('Full mock exam: 50 questions in 120 min');
  });

  it('splits the mock into the fewest timed parts on consecutive study days when no day has room, and says so', () => {
    const plan = buildPlan({ ...design, availability: 60 });
    const parts = tasksOf(plan).filter((t) => t.kind === 'mock-exam');
    expect(parts.map((t) => [t.date, t.questions, t.minutes, t.title])).toEqual([
      ['2027-03-08', 25, 50, 'Mock exam part 1 of 2: 25 questions in 50 min'],
      ['2027-03-09', 25, 50, 'Mock exam part 2 of 2: 25 questions in 50 min'],
    ]);
    expect(plan.warnings.join(' ')).toMatch(
      /split into 2 timed parts on consecutive study days \(2027-03-08, 2027-03-09\)/,
    );
  });

  it('places the mock earlier, with a warning, when the last two weeks have no study time', () => {
    const plan = buildPlan({ ...design, pauses: [{ from: '2027-03-01', to: '2027-03-14' }] });
    const mock = tasksOf(plan).find((t) => t.kind === 'mock-exam');
    expect(mock?.date).toBe('2027-02-20');
    expect(plan.warnings.join(' ')).toMatch(/earlier than two weeks before the exam/);
  });

  it('leaves the mock out only when not even the fewest parts fit, saying so and what to do', () => {
    const plan = buildPlan({ ...design, examDate: '2027-02-04', availability: 15 });
    expect(tasksOf(plan).some((t) => t.kind === 'mock-exam')).toBe(false);
    expect(plan.warnings).toContain(
      'There is no room for the full mock exam (50 questions in 100 minutes): even split into 2 timed parts on consecutive study days, a part needs a study day of 60 minutes. It is left out of the plan: add minutes to your study days or move the exam date later to sit it, and until then practise pacing with timed quizzes.',
    );
  });

  it('keeps the mock when it takes most of the study time, and says so', () => {
    // Five study days of 30 minutes before the light last day: 120 minutes of mock in 5 parts of 24.
    const plan = buildPlan({
      blueprint: ai103,
      start: '2027-03-01',
      examDate: '2027-03-07',
      availability: 30,
    });
    const parts = tasksOf(plan).filter((t) => t.kind === 'mock-exam');
    expect(parts.map((t) => [t.date, t.questions, t.minutes])).toEqual([
      ['2027-03-01', 10, 24],
      ['2027-03-02', 10, 24],
      ['2027-03-03', 10, 24],
      ['2027-03-04', 10, 24],
      ['2027-03-05', 10, 24],
    ]);
    expect(plan.warnings.join(' ')).toMatch(
      /takes more than half of the study time left before the exam \(150 of 165 minutes\)\. It stays in the plan/,
    );
  });
});

describe('buildPlan: weighting and warnings', () => {
  it('gives domain time by priority: the same split allocateMinutes makes of it', () => {
    const plan = buildPlan(design);
    const domainMinutes = Object.values(plan.summary.minutesByDomain).reduce((s, m) => s + m, 0);
    expect(plan.summary.minutesByDomain).toEqual(
      allocateMinutes({ blueprint: ai102, totalMinutes: domainMinutes, mastery: { nlp: 0.3 } }),
    );
    expect(plan.summary.mockExamDates).toEqual(['2027-03-06']);
  });

  it('warns about a retired exam, naming the date and the successor, and still makes the plan', () => {
    const plan = buildPlan(design);
    expect(plan.warnings[0]).toBe(
      'AI-102@2024-06 retired on 2026-06-30, before your exam date 2027-03-15. Its successor is AI-103; consider planning for it. The plan is made anyway: what you learn carries over.',
    );
    expect(tasksOf(plan).length).toBeGreaterThan(0);
    expect(buildPlan({ ...design, blueprint: ai103, mastery: {} }).warnings).toEqual([]);
  });

  it('warns when the plan is too short to cover the domains', () => {
    const plan = buildPlan({ ...design, examDate: '2027-02-03', availability: 30 });
    expect(plan.warnings.join(' ')).toMatch(/Only 3 blocks of 15 minutes are left for 6 domains/);
  });

  it('gives the same plan, ids included, for the same input', () => {
    expect(buildPlan(design)).toEqual(buildPlan(JSON.parse(JSON.stringify(design))));
  });

  it('keeps its input with every default filled in, for replan', () => {
    expect(buildPlan(design).input).toEqual({
      ...design,
      availability: Object.fromEntries(WEEKDAYS.map((d) => [d, week[d]])),
      lambda: 0.25,
      blockMinutes: 15,
      pauses: [],
    });
  });
});
