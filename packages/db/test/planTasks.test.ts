import { expect, it } from 'vitest';
import {
  createPlan,
  findLearnerTasks,
  learnerTasksBetween,
  learnerTasksOn,
  listPlanTasks,
  setPlanStatus,
  setTaskStatus,
} from '../src/index.js';
import { describeEachDriver } from '../src/testing/index.js';
import { discordLearner, planInput, task } from './support/fixtures.js';

const now = new Date('2027-02-01T08:00:00Z');

describeEachDriver('plan tasks', (ctx) => {
  it('marks a task done once, skipped, or back to pending', async () => {
    const ada = await discordLearner(ctx.db);
    const { plan } = await createPlan(ctx.db, planInput(ada.id, [task('a', '2027-02-01')]));
    const mark = (status: 'done' | 'skipped' | 'pending') =>
      setTaskStatus(ctx.db, { learnerId: ada.id, planId: plan.id, taskId: 'a', status, now });
    expect(await mark('done')).toMatchObject({
      changed: true,
      task: { status: 'done', doneAt: now },
    });
    expect(await mark('done')).toMatchObject({ changed: false, task: { status: 'done' } });
    expect(await mark('skipped')).toMatchObject({ changed: true, task: { status: 'skipped' } });
    expect(await mark('pending')).toMatchObject({
      changed: true,
      task: { status: 'pending', doneAt: null },
    });
    expect(
      await setTaskStatus(ctx.db, {
        learnerId: ada.id,
        planId: plan.id,
        taskId: 'nope',
        status: 'done',
        now,
      }),
    ).toBeNull();
  });

  it('lists today’s tasks across the learner’s active plans only', async () => {
    const ada = await discordLearner(ctx.db);
    const a = await createPlan(
      ctx.db,
      planInput(ada.id, [task('a1', '2027-02-01'), task('a2', '2027-02-02')], 'AI-102@2024-06'),
    );
    const b = await createPlan(
      ctx.db,
      planInput(ada.id, [task('b1', '2027-02-01'), task('b2', '2027-02-01')], 'AI-103@2026-04'),
    );
    const today = await learnerTasksOn(ctx.db, { learnerId: ada.id, date: '2027-02-01' });
    expect(today.map((t) => [t.examRef, t.taskId])).toEqual([
      ['AI-102@2024-06', 'a1'],
      ['AI-103@2026-04', 'b1'],
      ['AI-103@2026-04', 'b2'],
    ]);
    await setPlanStatus(ctx.db, { learnerId: ada.id, planId: b.plan.id, status: 'paused' });
    expect(
      (await learnerTasksOn(ctx.db, { learnerId: ada.id, date: '2027-02-01' })).map(
        (t) => t.taskId,
      ),
    ).toEqual(['a1']);
    const bob = await discordLearner(ctx.db);
    expect(await learnerTasksOn(ctx.db, { learnerId: bob.id, date: '2027-02-01' })).toEqual([]);
    expect(a.plan.id).toBeDefined();
  });

  it('lists tasks in a date range, per plan or across plans, and finds a task by its id', async () => {
    const ada = await discordLearner(ctx.db);
    const { plan } = await createPlan(
      ctx.db,
      planInput(ada.id, [
        task('w1', '2027-02-01'),
        task('w2', '2027-02-05'),
        task('w3', '2027-02-08'),
      ]),
    );
    const week = await learnerTasksBetween(ctx.db, {
      learnerId: ada.id,
      from: '2027-02-01',
      to: '2027-02-07',
    });
    expect(week.map((t) => t.taskId)).toEqual(['w1', 'w2']);
    expect(
      (await listPlanTasks(ctx.db, { planId: plan.id, from: '2027-02-05' })).map((t) => t.taskId),
    ).toEqual(['w2', 'w3']);
    expect(
      (await listPlanTasks(ctx.db, { planId: plan.id, to: '2027-02-01' })).map((t) => t.taskId),
    ).toEqual(['w1']);
    expect(await findLearnerTasks(ctx.db, { learnerId: ada.id, taskId: 'w3' })).toMatchObject([
      { planId: plan.id, taskId: 'w3', examRef: 'AI-103@2026-04' },
    ]);
  });
});
