import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBlueprint } from '../../blueprint/catalog.js';
import { formatIsoDate, parseIsoDate, weekdayOf } from '../../dates/isoDate.js';
import { buildPlan } from '../buildPlan.js';
import { replan } from '../replan.js';
import type { Plan, PlanOptions, Task } from '../types.js';
import { planOptionsArb } from './arbitraries.js';

const ai103 = getBlueprint('AI-103@2026-04');
const options: PlanOptions = {
  blueprint: ai103,
  start: '2027-02-01',
  examDate: '2027-03-15',
  availability: { mon: 60, tue: 60, wed: 60, thu: 60, fri: 60, sat: 180, sun: 0 },
};
const plan = buildPlan(options);
const tasks = (p: Plan): Task[] => p.days.flatMap((d) => d.tasks);
const before = (p: Plan, date: string) => tasks(p).filter((t) => t.date < date);

describe('replan', () => {
  it('gives back the same plan when nothing has happened yet', () => {
    const result = replan(plan, { today: '2027-02-01', done: [] });
    expect(result.plan).toEqual(plan);
    expect(result.moved).toEqual([]);
  });

  it('keeps done tasks where they were and the past as it was, and rolls missed tasks forward keeping their ids', () => {
    const pastTasks = before(plan, '2027-02-08');
    const done = pastTasks.filter((_, i) => i % 2 === 0).map((t) => t.id);
    const aheadOfTime = plan.days.find((d) => d.date === '2027-02-10')!.tasks[0]!;
    const result = replan(plan, { today: '2027-02-08', done: [...done, aheadOfTime.id] });
    expect(before(result.plan, '2027-02-08')).toEqual(pastTasks.filter((t) => done.includes(t.id)));
    expect(result.plan.days.find((d) => d.date === '2027-02-10')!.tasks[0]).toEqual(aheadOfTime);
    const missed = pastTasks.filter((t) => !done.includes(t.id));
    expect(result.moved.map((m) => m.taskId).sort()).toEqual(missed.map((t) => t.id).sort());
    for (const move of result.moved) {
      expect(move.to! >= '2027-02-08').toBe(true);
      const landed = tasks(result.plan).find((t) => t.id === move.taskIds[0]);
      expect(landed?.date).toBe(move.to);
      expect(landed?.id).toBe(move.taskId);
    }
    expect(result.summary).toMatchObject({
      today: '2027-02-08',
      keptTasks: done.length + 1,
      missedTasks: missed.length,
      rescheduledTasks: missed.length,
      droppedTasks: 0,
    });
  });

  it('rolls the highest-priority domain’s missed tasks first', () => {
    const missedWeek = before(plan, '2027-02-08');
    const result = replan(plan, { today: '2027-02-08', done: [] });
    const first = result.plan.days.find((d) => d.date === '2027-02-08')!.tasks[0]!;
    expect(missedWeek.map((t) => t.id)).toContain(first.id);
    expect(first.domainId).toBe('generative-agentic');
  });

  it('drops missed tasks there is no room for, and says so', () => {
    const late = replan(plan, { today: '2027-03-12', done: [] });
    const dropped = late.moved.filter((m) => m.to === null);
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((m) => m.taskIds.length === 0)).toBe(true);
    expect(late.summary.droppedTasks).toBe(dropped.length);
  });

  it('rebuilds the rest with the new mastery: a weaker domain gets more of the remaining time', () => {
    const result = replan(plan, {
      today: '2027-02-15',
      done: before(plan, '2027-02-15').map((t) => t.id),
      mastery: { 'computer-vision': 0.1, 'plan-manage': 0.9 },
    });
    expect(result.summary.minutesAfter['computer-vision']!).toBeGreaterThan(
      result.summary.minutesBefore['computer-vision']!,
    );
    expect(result.summary.minutesAfter['plan-manage']!).toBeLessThan(
      result.summary.minutesBefore['plan-manage']!,
    );
    expect(result.plan.input.mastery).toEqual({ 'plan-manage': 0.9, 'computer-vision': 0.1 });
  });

  it('continues practice where learning is done: after the learning weeks the rebuilt days are practice', () => {
    const done = before(plan, '2027-02-27').map((t) => t.id);
    const result = replan(plan, { today: '2027-02-27', done });
    const kinds = new Set(
      tasks(result.plan)
        .filter((t) => t.date >= '2027-02-27')
        .map((t) => t.kind),
    );
    expect(kinds.has('quiz')).toBe(true);
  });

  it('takes a pause, a new availability and a new exam date', () => {
    const result = replan(plan, {
      today: '2027-02-08',
      done: before(plan, '2027-02-08').map((t) => t.id),
      availability: 30,
      pauses: [{ from: '2027-02-10', to: '2027-02-12' }],
      examDate: '2027-03-22',
    });
    const days = result.plan.days;
    expect(days.at(-1)?.date).toBe('2027-03-21');
    for (const day of days.filter((d) => d.date >= '2027-02-08')) {
      const minutes = day.tasks.reduce((s, t) => s + t.minutes, 0);
      expect(minutes).toBeLessThanOrEqual(
        day.date >= '2027-02-10' && day.date <= '2027-02-12' ? 0 : 30,
      );
    }
    expect(result.plan.input.pauses).toEqual([{ from: '2027-02-10', to: '2027-02-12' }]);
  });

  it('moves a missed mock exam to the new mock, and plans none after a done one', () => {
    const mock = tasks(plan).find((t) => t.kind === 'mock-exam')!;
    const missedMock = replan(plan, {
      today: formatIsoDate(parseIsoDate(mock.date)! + 1),
      done: [],
    });
    const entry = missedMock.moved.find((m) => m.taskId === mock.id)!;
    const newMocks = tasks(missedMock.plan).filter(
      (t) => t.kind === 'mock-exam' && t.date > mock.date,
    );
    expect(entry.taskIds).toEqual(newMocks.map((t) => t.id));
    const doneMock = replan(plan, {
      today: formatIsoDate(parseIsoDate(mock.date)! + 1),
      done: [mock.id],
    });
    expect(tasks(doneMock.plan).filter((t) => t.kind === 'mock-exam')).toEqual([mock]);
  });

  it('works on a plan that went through JSON, as stored by a database', () => {
    const stored = JSON.parse(JSON.stringify(plan));
    expect(replan(stored, { today: '2027-02-10', done: [] })).toEqual(
      replan(plan, { today: '2027-02-10', done: [] }),
    );
  });
});

describe('replan properties', () => {
  const caseArb = planOptionsArb(60).chain((o) => {
    const built = buildPlan(o);
    const ids = built.days.flatMap((d) => d.tasks.map((t) => t.id));
    const length = built.days.length;
    return fc.record({
      options: fc.constant(o),
      plan: fc.constant(built),
      todayOffset: fc.integer({ min: 0, max: Math.max(0, length - 1) }),
      done: fc.subarray(ids),
      availability: fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }),
    });
  });

  it('keeps past and done tasks, rolls or drops every missed one, and never exceeds availability', () => {
    fc.assert(
      fc.property(caseArb, ({ options: o, plan: p, todayOffset, done, availability }) => {
        const today = formatIsoDate(parseIsoDate(o.start)! + todayOffset);
        const result = replan(p, {
          today,
          done,
          ...(availability === undefined ? {} : { availability }),
        });
        const doneSet = new Set(done);
        const kept = tasks(p).filter((t) => doneSet.has(t.id));
        const after = tasks(result.plan);
        for (const task of kept) expect(after).toContainEqual(task);
        expect(before(result.plan, today)).toEqual(
          before(p, today).filter((t) => doneSet.has(t.id)),
        );
        const missed = before(p, today).filter((t) => !doneSet.has(t.id));
        expect(result.moved.map((m) => m.taskId).sort()).toEqual(missed.map((t) => t.id).sort());
        const ids = after.map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
        const block = o.blockMinutes ?? 15;
        const source = availability ?? o.availability;
        for (const day of result.plan.days.filter((d) => d.date >= today)) {
          const minutes =
            typeof source === 'number' ? source : (source[weekdayOf(parseIsoDate(day.date)!)] ?? 0);
          const keptMinutes = day.tasks
            .filter((t) => doneSet.has(t.id))
            .reduce((s, t) => s + t.minutes, 0);
          const planned = day.tasks
            .filter((t) => !doneSet.has(t.id))
            .reduce((s, t) => s + t.minutes, 0);
          expect(planned).toBeLessThanOrEqual(
            Math.max(0, Math.floor(minutes / block) * block - keptMinutes),
          );
        }
        expect(
          replan(p, { today, done, ...(availability === undefined ? {} : { availability }) }),
        ).toEqual(result);
      }),
      { numRuns: 100 },
    );
  });
});
