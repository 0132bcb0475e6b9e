import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  createPlan,
  deletePlan,
  editPlan,
  ensureLearner,
  getPlan,
  getToday,
  getWeek,
  markTask,
  StudyError,
} from '../src/index.js';
import { discordLearner, failure, testDeps } from './support/fixtures.js';

describeEachDriver('plans and daily tasks', (ctx) => {
  it('creates a plan for the newest live exam and shows today’s tasks', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const created = await createPlan(deps, ada, {
      examDate: '2027-03-15',
      minutes: 60,
      days: 'mon-fri',
      timezone: 'Europe/Berlin',
    });
    expect(created.plan).toMatchObject({
      examRef: 'AI-103@2026-04',
      examDate: '2027-03-15',
      startDate: '2027-02-01',
      timezone: 'Europe/Berlin',
      studyDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      availability: { mon: 60, fri: 60, sat: 0, sun: 0 },
    });
    expect(created.today).toBe('2027-02-01');
    expect(created.todayTasks.length).toBeGreaterThan(0);
    expect(created.todayTasks.reduce((s, t) => s + t.minutes, 0)).toBeLessThanOrEqual(60);

    const today = await getToday(deps, ada);
    expect(today.date).toBe('2027-02-01');
    expect(today.timezone).toBe('Europe/Berlin');
    expect(today.tasks.map((t) => t.taskId)).toEqual(created.todayTasks.map((t) => t.taskId));
    expect(today.tasks.every((t) => t.status === 'pending' && t.examRef === 'AI-103@2026-04')).toBe(
      true,
    );
    expect(today.streak.current).toBe(0);
  });

  it('follows the learner’s local date, not UTC', async () => {
    // 23:30 UTC on Sunday is already Monday in Tokyo.
    const deps = testDeps(ctx.db, '2027-01-31T23:30:00Z');
    const kenji = await discordLearner(deps, 'Kenji');
    await createPlan(deps, kenji, { examDate: '2027-03-15', minutes: 45, timezone: 'Asia/Tokyo' });
    const today = await getToday(deps, kenji);
    expect(today.date).toBe('2027-02-01');
    const week = await getWeek(deps, kenji);
    expect(week.from).toBe('2027-02-01');
    expect(week.days.find((d) => d.isToday)?.weekday).toBe('mon');
  });

  it('marks a task done once, and the streak grows with each study day', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const { todayTasks } = await createPlan(deps, ada, {
      examDate: '2027-03-15',
      minutes: 60,
      timezone: 'UTC',
    });
    const first = todayTasks[0]!;
    const done = await markTask(deps, ada, { taskId: first.taskId, status: 'done' });
    expect(done.changed).toBe(true);
    expect(done.task.status).toBe('done');
    expect(done.streak).toMatchObject({
      current: 1,
      studiedToday: true,
      lastStudyDay: '2027-02-01',
    });

    const again = await markTask(deps, ada, { taskId: first.taskId, status: 'done' });
    expect(again.changed).toBe(false);
    expect(again.streak.current).toBe(1);

    // The next day, the streak is still alive until studied...
    deps.clock.set('2027-02-02T09:00:00Z');
    const tuesday = await getToday(deps, ada);
    expect(tuesday.streak).toMatchObject({ current: 1, studiedToday: false, keepBy: '2027-02-02' });
    const next = await markTask(deps, ada, { taskId: tuesday.tasks[0]!.taskId, status: 'done' });
    expect(next.streak.current).toBe(2);
    // ...and a day without study breaks it.
    deps.clock.set('2027-02-04T09:00:00Z');
    expect((await getToday(deps, ada)).streak).toMatchObject({ current: 0, best: 2 });
  });

  it('refuses to mark someone else’s task, and an unknown one', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    const { todayTasks } = await createPlan(deps, ada, { examDate: '2027-03-15', minutes: 60 });
    const task = todayTasks[0]!;
    const notYours = await failure(
      markTask(deps, bob, { taskId: task.taskId, planId: task.planId, status: 'done' }),
    );
    expect(notYours).toBeInstanceOf(StudyError);
    expect(notYours.code).toBe('not-your-task');
    const unknown = await failure(markTask(deps, bob, { taskId: task.taskId, status: 'done' }));
    expect(unknown.code).toBe('task-not-found');
    expect(unknown.message).toContain(task.taskId);
    expect((await getToday(deps, ada)).tasks[0]?.status).toBe('pending');
  });

  it('skips a task, and the next re-plan rolls it forward', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const { todayTasks, plan } = await createPlan(deps, ada, {
      examDate: '2027-03-15',
      minutes: 60,
    });
    const skipped = await markTask(deps, ada, { taskId: todayTasks[0]!.taskId, status: 'skipped' });
    expect(skipped.task.status).toBe('skipped');
    expect(skipped.streak.current).toBe(0);
    deps.clock.set('2027-02-03T08:00:00Z');
    const edited = await editPlan(deps, ada, { minutes: 90 });
    expect(edited.plan.revision).toBe(plan.revision + 1);
    expect(edited.change.missedTasks).toBeGreaterThan(0);
    expect(edited.change.rescheduledTasks).toBeGreaterThan(0);
    expect(edited.change.summary.join(' ')).toMatch(/moved to later days/);
  });

  it('edits the exam date, the days and a pause, keeping done tasks', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const { todayTasks } = await createPlan(deps, ada, { examDate: '2027-03-15', minutes: 60 });
    const done = todayTasks[0]!;
    await markTask(deps, ada, { taskId: done.taskId, status: 'done' });
    const edited = await editPlan(deps, ada, {
      examDate: '2027-04-01',
      days: 'mon,wed,sat',
      pause: { from: '2027-02-08', to: '2027-02-14' },
    });
    expect(edited.plan).toMatchObject({
      examDate: '2027-04-01',
      studyDays: ['mon', 'wed', 'sat'],
      pauses: [{ from: '2027-02-08', to: '2027-02-14' }],
    });
    expect(edited.change.keptTasks).toBe(1);
    const detail = await getPlan(deps, ada);
    expect(detail.tasks.find((t) => t.taskId === done.taskId)?.status).toBe('done');
    const paused = detail.tasks.filter((t) => t.date >= '2027-02-08' && t.date <= '2027-02-14');
    expect(paused).toEqual([]);
    const weekdays = new Set(
      detail.tasks.filter((t) => t.date > '2027-02-01').map((t) => new Date(t.date).getUTCDay()),
    );
    expect([...weekdays].every((d) => [1, 3, 6].includes(d))).toBe(true);
    expect(detail.tasks.at(-1)!.date < '2027-04-01').toBe(true);
  });

  it('shows next week and deletes a plan', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    await createPlan(deps, ada, {
      exam: 'AI-103',
      examDate: '2027-03-15',
      availability: { sat: 120, sun: '90' },
    });
    const week = await getWeek(deps, ada, { week: '1' });
    expect(week).toMatchObject({ week: 1, from: '2027-02-08', to: '2027-02-14' });
    expect(week.days.map((d) => d.minutes)).toEqual([0, 0, 0, 0, 0, 120, 90]);
    const deleted = await deletePlan(deps, ada, { exam: 'ai-103' });
    expect(deleted.examRef).toBe('AI-103@2026-04');
    expect((await failure(getToday(deps, ada))).code).toBe('no-active-plan');
  });

  it('warns about a retired exam and refuses a second plan for the same exam', async () => {
    const deps = testDeps(ctx.db);
    const ada = await ensureLearner(deps, { localUserKey: 'ada@laptop', displayName: 'Ada' });
    const created = await createPlan(deps, ada, {
      exam: 'AI-102@2024-06',
      examDate: '2027-03-15',
      minutes: 60,
    });
    expect(created.warnings.join(' ')).toMatch(/retire.*AI-103/);
    const second = await failure(
      createPlan(deps, ada, { exam: 'AI-102', examDate: '2027-04-15', minutes: 60 }),
    );
    expect(second.code).toBe('plan-exists');
  });
});
